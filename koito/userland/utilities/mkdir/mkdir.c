/*
 * mkdir: makes directories (userland utility; POSIX). -p makes missing
 * parents too and accepts directories that already exist; -m mode sets the
 * mode (octal) of the directories named.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool parents;

static int mkdir_one(const char *path, mode_t mode)
{
    if (mkdir(path, mode) == 0)
        return 0;
    struct stat status;
    if (parents && errno == EEXIST && stat(path, &status) == 0 && S_ISDIR(status.st_mode))
        return 0;
    fprintf(stderr, "mkdir: cannot create directory '%s': %s\n", path, strerror(errno));
    return 1;
}

/* mkdir -p: each parent in turn, then the directory itself. */
static int mkdir_parents(const char *path, mode_t mode)
{
    char *copy = strdup(path);
    if (!copy)
        return 1;
    for (char *slash = copy + 1; (slash = strchr(slash, '/')) != NULL; slash++) {
        *slash = '\0';
        if (mkdir_one(copy, 0777) != 0) {
            free(copy);
            return 1;
        }
        *slash = '/';
        while (slash[1] == '/')
            slash++;
    }
    free(copy);
    return mkdir_one(path, mode);
}

int main(int argc, char **argv)
{
    mode_t mode = 0777;
    int option;
    while ((option = getopt(argc, argv, "pm:")) != -1) {
        if (option == 'p') {
            parents = true;
        } else if (option == 'm') {
            char *end;
            unsigned long value = strtoul(optarg, &end, 8);
            if (*end != '\0' || value > 07777) {
                fprintf(stderr, "mkdir: invalid mode '%s'\n", optarg);
                return 1;
            }
            mode = (mode_t)value;
        } else {
            return 1;
        }
    }
    if (optind == argc) {
        fputs("mkdir: missing operand\n", stderr);
        return 1;
    }
    int result = 0;
    for (int i = optind; i < argc; i++) {
        result |= parents ? mkdir_parents(argv[i], mode) : mkdir_one(argv[i], mode);
        if (mode != 0777)
            chmod(argv[i], mode);
    }
    return result;
}
