/*
 * sort: sorts the lines of its files (or standard input) and writes them
 * (userland utility; POSIX). Options: -r reverse, -n numeric, -u unique,
 * -f fold case, -t c field separator, -k start[,end] sort key (whole fields
 * counted from 1), -o file output. Lines compare byte by byte (the C
 * locale); lines whose keys are equal compare whole, as coreutils does.
 */
#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct line {
    char *text;
    size_t length;
};

static bool reverse, numeric, unique, fold;
static int separator = -1;      /* -1: fields are separated by runs of blanks */
static long key_start, key_end; /* 0: no key (the whole line); end 0: to the end */

/* The position of field (1-based) in line: blanks before it belong to it, as in coreutils. */
static size_t sort_field_start(const struct line *line, long field)
{
    size_t at = 0;
    for (long f = 1; f < field && at < line->length; f++) {
        if (separator >= 0) {
            while (at < line->length && line->text[at] != separator)
                at++;
            if (at < line->length)
                at++;
        } else {
            while (at < line->length && isblank((unsigned char)line->text[at]))
                at++;
            while (at < line->length && !isblank((unsigned char)line->text[at]))
                at++;
        }
    }
    return at;
}

static size_t sort_field_end(const struct line *line, long field)
{
    size_t at = sort_field_start(line, field);
    if (separator >= 0) {
        while (at < line->length && line->text[at] != separator)
            at++;
    } else {
        while (at < line->length && isblank((unsigned char)line->text[at]))
            at++;
        while (at < line->length && !isblank((unsigned char)line->text[at]))
            at++;
    }
    return at;
}

static void sort_key(const struct line *line, const char **key, size_t *length)
{
    if (key_start == 0) {
        *key = line->text;
        *length = line->length;
        return;
    }
    size_t start = sort_field_start(line, key_start);
    size_t end = key_end ? sort_field_end(line, key_end) : line->length;
    if (end < start)
        end = start;
    *key = line->text + start;
    *length = end - start;
}

static int sort_bytes(const char *a, size_t a_length, const char *b, size_t b_length)
{
    size_t length = a_length < b_length ? a_length : b_length;
    for (size_t i = 0; i < length; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (fold) {
            x = toupper(x);
            y = toupper(y);
        }
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a_length < b_length ? -1 : a_length > b_length;
}

/* A leading number ("-12.5" after blanks); text that is no number is 0. */
static double sort_number(const char *text, size_t length)
{
    char buffer[64];
    size_t i = 0;
    while (i < length && isblank((unsigned char)text[i]))
        i++;
    size_t n = 0;
    if (i < length && text[i] == '-')
        buffer[n++] = text[i++];
    while (i < length && n < sizeof buffer - 1 &&
           (isdigit((unsigned char)text[i]) || text[i] == '.'))
        buffer[n++] = text[i++];
    buffer[n] = '\0';
    return strtod(buffer, NULL);
}

static int sort_keys(const struct line *a, const struct line *b)
{
    const char *a_key, *b_key;
    size_t a_length, b_length;
    sort_key(a, &a_key, &a_length);
    sort_key(b, &b_key, &b_length);
    if (numeric) {
        double x = sort_number(a_key, a_length), y = sort_number(b_key, b_length);
        if (x != y)
            return x < y ? -1 : 1;
        return 0;
    }
    return sort_bytes(a_key, a_length, b_key, b_length);
}

static int sort_compare(const void *left, const void *right)
{
    const struct line *a = left, *b = right;
    int order = sort_keys(a, b);
    if (order == 0 && !unique) {
        /* The last resort: whole lines, byte by byte. */
        size_t length = a->length < b->length ? a->length : b->length;
        order = memcmp(a->text, b->text, length);
        if (order == 0)
            order = a->length < b->length ? -1 : a->length > b->length;
    }
    return reverse ? -order : order;
}

static bool sort_read(FILE *file, struct line **lines, size_t *count, size_t *capacity)
{
    char *text = NULL;
    size_t text_capacity = 0;
    ssize_t length;
    while ((length = getline(&text, &text_capacity, file)) >= 0) {
        if (*count == *capacity) {
            size_t grown = *capacity ? *capacity * 2 : 1024;
            struct line *bigger = realloc(*lines, grown * sizeof *bigger);
            if (!bigger)
                break;
            *lines = bigger;
            *capacity = grown;
        }
        if (length > 0 && text[length - 1] == '\n')
            length--;
        (*lines)[(*count)++] = (struct line){text, (size_t)length};
        text = NULL;
        text_capacity = 0;
    }
    free(text);
    return !ferror(file);
}

static bool sort_parse_key(const char *text)
{
    char *end;
    key_start = strtol(text, &end, 10);
    if (*end == '.' || key_start < 1)
        return false;
    if (*end == ',') {
        key_end = strtol(end + 1, &end, 10);
        if (key_end < 1)
            return false;
    }
    return *end == '\0';
}

int main(int argc, char **argv)
{
    const char *output = NULL;
    int option;
    while ((option = getopt(argc, argv, "rnuft:k:o:")) != -1) {
        switch (option) {
        case 'r':
            reverse = true;
            break;
        case 'n':
            numeric = true;
            break;
        case 'u':
            unique = true;
            break;
        case 'f':
            fold = true;
            break;
        case 't':
            if (strlen(optarg) != 1) {
                fprintf(stderr, "sort: multi-character tab '%s'\n", optarg);
                return 2;
            }
            separator = (unsigned char)optarg[0];
            break;
        case 'k':
            if (!sort_parse_key(optarg)) {
                fprintf(stderr, "sort: invalid key '%s' (fields only: -k N[,M])\n", optarg);
                return 2;
            }
            break;
        case 'o':
            output = optarg;
            break;
        default:
            return 2;
        }
    }
    struct line *lines = NULL;
    size_t count = 0, capacity = 0;
    int status = 0;
    if (optind == argc && !sort_read(stdin, &lines, &count, &capacity))
        status = 2;
    for (int i = optind; i < argc; i++) {
        FILE *file = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (!file || !sort_read(file, &lines, &count, &capacity)) {
            fprintf(stderr, "sort: cannot read: %s: %s\n", argv[i], strerror(errno));
            status = 2;
        }
        if (file && file != stdin)
            fclose(file);
    }
    if (count > 0)
        qsort(lines, count, sizeof *lines, sort_compare);
    FILE *out = output ? fopen(output, "w") : stdout;
    if (!out) {
        fprintf(stderr, "sort: open failed: %s: %s\n", output, strerror(errno));
        status = 2;
    }
    for (size_t i = 0; i < count; i++) {
        bool duplicate = unique && i > 0 && sort_keys(&lines[i - 1], &lines[i]) == 0;
        if (out && !duplicate) {
            fwrite(lines[i].text, 1, lines[i].length, out);
            putc('\n', out);
        }
    }
    for (size_t i = 0; i < count; i++)
        free(lines[i].text);
    free(lines);
    if (out && out != stdout)
        fclose(out);
    return status;
}
