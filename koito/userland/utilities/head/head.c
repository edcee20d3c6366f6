/*
 * head: the first lines (-n N, default 10) or bytes (-c N) of each file
 * (userland utility; POSIX, with coreutils' -c and the old "-N" form).
 * Several files each get a "==> name <==" header.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool count_bytes;
static unsigned long long limit = 10;

static int head_file(const char *name)
{
    bool standard = strcmp(name, "-") == 0;
    FILE *file = standard ? stdin : fopen(name, "r");
    if (!file) {
        fprintf(stderr, "head: cannot open '%s' for reading: %s\n", name, strerror(errno));
        return 1;
    }
    unsigned long long done = 0;
    int c;
    while (done < limit && (c = getc(file)) != EOF) {
        putchar(c);
        if (count_bytes || c == '\n')
            done++;
    }
    if (!standard)
        fclose(file);
    return 0;
}

static bool head_number(const char *text, unsigned long long *value)
{
    char *end;
    errno = 0;
    *value = strtoull(text, &end, 10);
    return *text >= '0' && *text <= '9' && *end == '\0' && errno == 0;
}

int main(int argc, char **argv)
{
    /* The old form "head -5" means "head -n 5". */
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] >= '0' && argv[1][1] <= '9') {
        if (!head_number(argv[1] + 1, &limit)) {
            fprintf(stderr, "head: invalid number of lines: '%s'\n", argv[1] + 1);
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
        if (!head_number(optarg, &limit)) {
            fprintf(stderr, "head: invalid number of %s: '%s'\n", count_bytes ? "bytes" : "lines",
                    optarg);
            return 1;
        }
    }
    int files = argc - optind;
    if (files == 0)
        return head_file("-");
    int status = 0;
    for (int i = optind; i < argc; i++) {
        if (files > 1)
            printf("%s==> %s <==\n", i > optind ? "\n" : "",
                   strcmp(argv[i], "-") == 0 ? "standard input" : argv[i]);
        status |= head_file(argv[i]);
    }
    return status;
}
