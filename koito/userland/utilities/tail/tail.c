/*
 * tail: the last lines (-n N, default 10) or bytes (-c N) of each file, or
 * everything from line or byte N on with "+N" (userland utility; POSIX,
 * with the old "-N" form). Several files each get a "==> name <==" header.
 * The input is read whole into memory: it may be a pipe, which cannot seek.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool count_bytes, from_start;
static unsigned long long limit = 10;

static char *tail_read(FILE *file, size_t *length)
{
    size_t capacity = 8192;
    char *data = malloc(capacity);
    *length = 0;
    while (data) {
        size_t got = fread(data + *length, 1, capacity - *length, file);
        *length += got;
        if (got == 0)
            break;
        if (*length == capacity) {
            char *grown = realloc(data, capacity * 2);
            if (!grown)
                free(data);
            data = grown;
            capacity *= 2;
        }
    }
    return data;
}

/* Where the output starts in data. */
static size_t tail_start(const char *data, size_t length)
{
    if (count_bytes) {
        if (from_start) {
            unsigned long long skip = limit > 0 ? limit - 1 : 0;
            return skip < length ? (size_t)skip : length;
        }
        return limit < length ? length - (size_t)limit : 0;
    }
    if (from_start) {
        unsigned long long line = 1;
        size_t i = 0;
        for (; i < length && line < limit; i++)
            if (data[i] == '\n')
                line++;
        return i;
    }
    /* Count newlines back from the end; a last line without one still counts. */
    size_t i = length;
    unsigned long long lines = 0;
    if (i > 0 && data[i - 1] == '\n')
        i--;
    for (; i > 0; i--) {
        if (data[i - 1] == '\n' && ++lines == limit)
            return i;
    }
    return limit == 0 ? length : 0;
}

static int tail_file(const char *name)
{
    bool standard = strcmp(name, "-") == 0;
    FILE *file = standard ? stdin : fopen(name, "r");
    if (!file) {
        fprintf(stderr, "tail: cannot open '%s' for reading: %s\n", name, strerror(errno));
        return 1;
    }
    size_t length;
    char *data = tail_read(file, &length);
    if (!standard)
        fclose(file);
    if (!data) {
        fputs("tail: out of memory\n", stderr);
        return 1;
    }
    size_t start = tail_start(data, length);
    fwrite(data + start, 1, length - start, stdout);
    free(data);
    return 0;
}

static bool tail_number(const char *text)
{
    from_start = text[0] == '+';
    if (text[0] == '+' || text[0] == '-')
        text++;
    char *end;
    errno = 0;
    limit = strtoull(text, &end, 10);
    return *text >= '0' && *text <= '9' && *end == '\0' && errno == 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] >= '0' && argv[1][1] <= '9') {
        if (!tail_number(argv[1] + 1)) {
            fprintf(stderr, "tail: invalid number of lines: '%s'\n", argv[1] + 1);
            return 1;
        }
        argv[1] = argv[0];
        argv++;
        argc--;
    }
    int option;
    while ((option = getopt(argc, argv, "n:c:")) != -1) {
        if (option != 'n' && option != 'c')
            return 1;
        count_bytes = option == 'c';
        if (!tail_number(optarg)) {
            fprintf(stderr, "tail: invalid number of %s: '%s'\n", count_bytes ? "bytes" : "lines",
                    optarg);
            return 1;
        }
    }
    int files = argc - optind;
    if (files == 0)
        return tail_file("-");
    int status = 0;
    for (int i = optind; i < argc; i++) {
        if (files > 1)
            printf("%s==> %s <==\n", i > optind ? "\n" : "",
                   strcmp(argv[i], "-") == 0 ? "standard input" : argv[i]);
        status |= tail_file(argv[i]);
    }
    return status;
}
