/*
 * cat: copies files (or standard input, or "-") to standard output
 * (userland utility; POSIX, with coreutils' -n to number lines).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static bool number_lines;
static unsigned long line_number = 1;
static bool at_line_start = true;

static void cat_write(const char *data, size_t length)
{
    if (!number_lines) {
        fwrite(data, 1, length, stdout);
        return;
    }
    for (size_t i = 0; i < length; i++) {
        if (at_line_start)
            printf("%6lu\t", line_number++);
        putchar(data[i]);
        at_line_start = data[i] == '\n';
    }
}

static int cat_file(const char *name)
{
    FILE *file = strcmp(name, "-") == 0 ? stdin : fopen(name, "r");
    if (!file) {
        fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
        return 1;
    }
    char buffer[8192];
    size_t got;
    while ((got = fread(buffer, 1, sizeof buffer, file)) > 0)
        cat_write(buffer, got);
    int status = 0;
    if (ferror(file)) {
        fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
        status = 1;
    }
    if (file != stdin)
        fclose(file);
    else
        clearerr(stdin);
    return status;
}

int main(int argc, char **argv)
{
    int option;
    while ((option = getopt(argc, argv, "nu")) != -1) {
        if (option == 'n')
            number_lines = true;
        else if (option != 'u')
            return 1;
    }
    int status = 0;
    if (optind == argc)
        status = cat_file("-");
    for (int i = optind; i < argc; i++)
        status |= cat_file(argv[i]);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "cat: write error: %s\n", strerror(errno));
        status = 1;
    }
    return status;
}
