/*
 * grep: prints the lines that match a basic regular expression (userland
 * utility; POSIX). Options: -e pattern (repeatable), -f is not supported;
 * -i ignore case, -v invert, -c count, -l list files, -q quiet, -n line
 * numbers, -x whole line, -w whole words, -F fixed strings, -s no file
 * errors, -h/-H without/with file names. Several patterns (or lines of one pattern) match
 * if any does. Exit status: 0 a line matched, 1 none did, 2 an error.
 */
#include "bre.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct options {
    bool ignore_case, invert, count, list, quiet, numbers, whole, words, fixed, silent;
    int names; /* -1 never, 1 always, 0 when there are several files */
};

static struct options options = {.names = 0};
static struct bre **expressions;
static char **fixed_strings;
static size_t pattern_count;

static bool grep_add_pattern(const char *text, size_t length)
{
    char *copy = malloc(length + 1);
    struct bre **grown_expressions =
        realloc(expressions, (pattern_count + 1) * sizeof *expressions);
    char **grown_fixed = realloc(fixed_strings, (pattern_count + 1) * sizeof *fixed_strings);
    if (grown_expressions)
        expressions = grown_expressions;
    if (grown_fixed)
        fixed_strings = grown_fixed;
    if (!copy || !grown_expressions || !grown_fixed) {
        free(copy);
        fputs("grep: memory exhausted\n", stderr);
        return false;
    }
    memcpy(copy, text, length);
    copy[length] = '\0';
    expressions[pattern_count] = NULL;
    fixed_strings[pattern_count] = copy;
    if (!options.fixed) {
        const char *error;
        expressions[pattern_count] = bre_compile(copy, options.ignore_case, &error);
        if (!expressions[pattern_count]) {
            fprintf(stderr, "grep: %s\n", error);
            free(copy);
            return false;
        }
    }
    pattern_count++;
    return true;
}

/* A pattern argument holds one pattern per line. */
static bool grep_add_patterns(const char *text)
{
    for (;;) {
        const char *newline = strchr(text, '\n');
        size_t length = newline ? (size_t)(newline - text) : strlen(text);
        if (!grep_add_pattern(text, length))
            return false;
        if (!newline)
            return true;
        text = newline + 1;
    }
}

static bool grep_fixed_match(const char *needle, const char *line, size_t length)
{
    size_t needle_length = strlen(needle);
    if ((options.whole || options.words) && needle_length != length)
        return false;
    for (size_t at = 0; at + needle_length <= length; at++) {
        size_t k = 0;
        while (k < needle_length &&
               (line[at + k] == needle[k] ||
                (options.ignore_case &&
                 tolower((unsigned char)line[at + k]) == tolower((unsigned char)needle[k]))))
            k++;
        if (k == needle_length)
            return true;
    }
    return false;
}

/* A word character, as GNU grep's -w counts them: letters, digits, '_'. */
static bool grep_word_character(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* -w: does pattern i match some text[start..end) that is a whole word, with
 * no word character just before or after it? Each such stretch is tried as
 * a whole-text match, so "^" in the pattern matches at the stretch's start
 * as well as the line's (GNU grep's finds the line's only). */
static bool grep_word_match(size_t i, const char *line, size_t length)
{
    for (size_t start = 0; start <= length; start++) {
        if (start > 0 && grep_word_character(line[start - 1]))
            continue;
        for (size_t end = start; end <= length; end++) {
            if (end < length && grep_word_character(line[end]))
                continue;
            bool matched = options.fixed
                               ? grep_fixed_match(fixed_strings[i], line + start, end - start)
                               : bre_match_whole(expressions[i], line + start, end - start);
            if (matched)
                return true;
        }
    }
    return false;
}

static bool grep_line_matches(const char *line, size_t length)
{
    for (size_t i = 0; i < pattern_count; i++) {
        bool matched = options.words   ? grep_word_match(i, line, length)
                       : options.fixed ? grep_fixed_match(fixed_strings[i], line, length)
                       : options.whole ? bre_match_whole(expressions[i], line, length)
                                       : bre_search(expressions[i], line, length);
        if (matched)
            return true;
    }
    return false;
}

/* Returns 0 if a line was selected, 1 if none, 2 on error. */
static int grep_file(const char *name, bool show_name)
{
    bool standard = strcmp(name, "-") == 0;
    const char *shown = standard ? "(standard input)" : name;
    FILE *file = standard ? stdin : fopen(name, "r");
    if (!file) {
        if (!options.silent)
            fprintf(stderr, "grep: %s: %s\n", name, strerror(errno));
        return 2;
    }
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;
    unsigned long number = 0, selected = 0;
    while ((length = getline(&line, &capacity, file)) >= 0) {
        number++;
        size_t content = (size_t)length;
        if (content > 0 && line[content - 1] == '\n')
            content--;
        if (grep_line_matches(line, content) == options.invert)
            continue;
        selected++;
        if (options.quiet || options.list)
            break;
        if (options.count)
            continue;
        if (show_name)
            printf("%s:", shown);
        if (options.numbers)
            printf("%lu:", number);
        fwrite(line, 1, content, stdout);
        putchar('\n');
    }
    free(line);
    if (!standard)
        fclose(file);
    if (options.count && !options.quiet) {
        if (show_name)
            printf("%s:", shown);
        printf("%lu\n", selected);
    }
    if (options.list && selected > 0 && !options.quiet)
        printf("%s\n", shown);
    return selected > 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    int option;
    /* -e patterns are compiled after every option is known (-i, -F). */
    char **pattern_arguments = calloc((size_t)argc, sizeof *pattern_arguments);
    size_t pattern_argument_count = 0;
    if (!pattern_arguments)
        return 2;
    while ((option = getopt(argc, argv, "e:icvlqnxwFshH")) != -1) {
        switch (option) {
        case 'e':
            pattern_arguments[pattern_argument_count++] = optarg;
            break;
        case 'i':
            options.ignore_case = true;
            break;
        case 'c':
            options.count = true;
            break;
        case 'v':
            options.invert = true;
            break;
        case 'l':
            options.list = true;
            break;
        case 'q':
            options.quiet = true;
            break;
        case 'n':
            options.numbers = true;
            break;
        case 'x':
            options.whole = true;
            break;
        case 'w':
            options.words = true;
            break;
        case 'F':
            options.fixed = true;
            break;
        case 's':
            options.silent = true;
            break;
        case 'h':
            options.names = -1;
            break;
        case 'H':
            options.names = 1;
            break;
        default:
            free(pattern_arguments);
            return 2;
        }
    }
    if (pattern_argument_count == 0) {
        if (optind == argc) {
            fputs("usage: grep [-icvlqnxwFshH] [-e pattern]... [pattern] [file...]\n", stderr);
            free(pattern_arguments);
            return 2;
        }
        pattern_arguments[pattern_argument_count++] = argv[optind++];
    }
    for (size_t i = 0; i < pattern_argument_count; i++)
        if (!grep_add_patterns(pattern_arguments[i])) {
            free(pattern_arguments);
            return 2;
        }
    free(pattern_arguments);
    int files = argc - optind;
    bool show_name = options.names == 1 || (options.names == 0 && files > 1);
    int status = 1;
    bool error = false;
    if (files == 0)
        status = grep_file("-", show_name);
    for (int i = optind; i < argc; i++) {
        int result = grep_file(argv[i], show_name);
        if (result == 0) {
            status = 0;
            if (options.quiet)
                break;
        }
        error |= result == 2;
    }
    for (size_t i = 0; i < pattern_count; i++) {
        bre_free(expressions[i]);
        free(fixed_strings[i]);
    }
    free(expressions);
    free(fixed_strings);
    fflush(stdout);
    return error && !(options.quiet && status == 0) ? 2 : status;
}
