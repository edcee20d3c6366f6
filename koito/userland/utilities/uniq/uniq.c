/*
 * uniq: writes its input with adjacent repeated lines merged (userland
 * utility; POSIX). -c prefixes each line with its count (as coreutils,
 * "%7lu "), -d prints only repeated lines, -u only unrepeated ones, -i
 * compares ignoring case. Input and output files are optional arguments.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static bool show_count, only_repeated, only_unique, ignore_case;

static void uniq_emit(FILE *out, const char *line, size_t length, unsigned long count)
{
    if ((only_repeated && count < 2) || (only_unique && count > 1))
        return;
    if (show_count)
        fprintf(out, "%7lu ", count);
    fwrite(line, 1, length, out);
    putc('\n', out);
}

static bool uniq_same(const char *a, size_t a_length, const char *b, size_t b_length)
{
    if (a_length != b_length)
        return false;
    return ignore_case ? strncasecmp(a, b, a_length) == 0 : memcmp(a, b, a_length) == 0;
}

int main(int argc, char **argv)
{
    int option;
    while ((option = getopt(argc, argv, "cdui")) != -1) {
        switch (option) {
        case 'c':
            show_count = true;
            break;
        case 'd':
            only_repeated = true;
            break;
        case 'u':
            only_unique = true;
            break;
        case 'i':
            ignore_case = true;
            break;
        default:
            return 1;
        }
    }
    FILE *in = stdin, *out = stdout;
    if (optind < argc && strcmp(argv[optind], "-") != 0 && !(in = fopen(argv[optind], "r"))) {
        fprintf(stderr, "uniq: %s: %s\n", argv[optind], strerror(errno));
        return 1;
    }
    if (optind + 1 < argc && !(out = fopen(argv[optind + 1], "w"))) {
        fprintf(stderr, "uniq: %s: %s\n", argv[optind + 1], strerror(errno));
        return 1;
    }
    char *previous = NULL, *line = NULL;
    size_t previous_capacity = 0, line_capacity = 0, previous_length = 0;
    unsigned long count = 0;
    ssize_t length;
    while ((length = getline(&line, &line_capacity, in)) >= 0) {
        if (length > 0 && line[length - 1] == '\n')
            length--;
        if (count > 0 && uniq_same(previous, previous_length, line, (size_t)length)) {
            count++;
            continue;
        }
        if (count > 0)
            uniq_emit(out, previous, previous_length, count);
        /* Swap buffers: the new line becomes the one to compare against. */
        char *swap = previous;
        size_t swap_capacity = previous_capacity;
        previous = line;
        previous_capacity = line_capacity;
        previous_length = (size_t)length;
        line = swap;
        line_capacity = swap_capacity;
        count = 1;
    }
    if (count > 0)
        uniq_emit(out, previous, previous_length, count);
    free(previous);
    free(line);
    if (in != stdin)
        fclose(in);
    if (out != stdout)
        fclose(out);
    return 0;
}
