/*
 * wc: counts lines, words and bytes (userland utility; POSIX). With no
 * option it prints all three; -l, -w, -c (and -m, the same as -c in the C
 * locale) choose. Columns are as wide as coreutils makes them: wide enough
 * for the total size of the regular files, at least 7 when an input is not
 * a regular file, and unpadded when one count of one input is printed.
 */
#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct counts {
    unsigned long long lines, words, bytes;
};

static bool show_lines, show_words, show_bytes;
static int width;

static void wc_print(const struct counts *counts, const char *name)
{
    const char *separator = "";
    if (show_lines) {
        printf("%s%*llu", separator, width, counts->lines);
        separator = " ";
    }
    if (show_words) {
        printf("%s%*llu", separator, width, counts->words);
        separator = " ";
    }
    if (show_bytes)
        printf("%s%*llu", separator, width, counts->bytes);
    if (name)
        printf(" %s", name);
    putchar('\n');
}

static int wc_count(FILE *file, struct counts *counts)
{
    bool in_word = false;
    int c;
    while ((c = getc(file)) != EOF) {
        counts->bytes++;
        if (c == '\n')
            counts->lines++;
        if (isspace(c)) {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            counts->words++;
        }
    }
    return ferror(file) ? -1 : 0;
}

/* The column width coreutils would choose for these inputs. */
static int wc_width(char **names, int count, bool single)
{
    if (single)
        return 1;
    unsigned long long regular_total = 0;
    int minimum = 1;
    for (int i = 0; i < count; i++) {
        struct stat status;
        bool standard = strcmp(names[i], "-") == 0;
        int result = standard ? fstat(STDIN_FILENO, &status) : stat(names[i], &status);
        if (result != 0) {
            if (i == 0)
                return 1;
            continue;
        }
        if (S_ISREG(status.st_mode))
            regular_total += (unsigned long long)status.st_size;
        else
            minimum = 7;
    }
    int digits = 1;
    for (; regular_total >= 10; regular_total /= 10)
        digits++;
    return digits < minimum ? minimum : digits;
}

int main(int argc, char **argv)
{
    int option;
    while ((option = getopt(argc, argv, "lwcm")) != -1) {
        switch (option) {
        case 'l':
            show_lines = true;
            break;
        case 'w':
            show_words = true;
            break;
        case 'c':
        case 'm':
            show_bytes = true;
            break;
        default:
            return 1;
        }
    }
    if (!show_lines && !show_words && !show_bytes)
        show_lines = show_words = show_bytes = true;
    char *standard_input[] = {"-"};
    char **names = optind < argc ? argv + optind : standard_input;
    int count = optind < argc ? argc - optind : 1;
    width = wc_width(names, count, show_lines + show_words + show_bytes == 1 && count == 1);
    struct counts total = {0};
    int status = 0;
    for (int i = 0; i < count; i++) {
        bool standard = strcmp(names[i], "-") == 0;
        FILE *file = standard ? stdin : fopen(names[i], "r");
        if (!file) {
            fprintf(stderr, "wc: %s: %s\n", names[i], strerror(errno));
            status = 1;
            continue;
        }
        struct counts counts = {0};
        if (wc_count(file, &counts) != 0) {
            fprintf(stderr, "wc: %s: %s\n", names[i], strerror(errno));
            status = 1;
        }
        if (!standard)
            fclose(file);
        wc_print(&counts, optind < argc ? names[i] : NULL);
        total.lines += counts.lines;
        total.words += counts.words;
        total.bytes += counts.bytes;
    }
    if (count > 1)
        wc_print(&total, "total");
    return status;
}
