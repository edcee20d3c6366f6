/*
 * rm: removes files (userland utility; POSIX). -r (or -R) removes
 * directories and what they hold; -f ignores missing files and never
 * complains about them. "." and ".." are refused, as POSIX requires.
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool recursive, force;

static int rm_path(const char *path);

static int rm_directory(const char *path)
{
    DIR *directory = opendir(path);
    if (!directory) {
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    int result = 0;
    struct dirent *entry;
    while ((entry = readdir(directory)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        size_t length = strlen(path) + strlen(entry->d_name) + 2;
        char *child = malloc(length);
        if (!child) {
            result = 1;
            break;
        }
        snprintf(child, length, "%s/%s", path, entry->d_name);
        result |= rm_path(child);
        free(child);
    }
    closedir(directory);
    if (rmdir(path) != 0) {
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    return result;
}

static int rm_path(const char *path)
{
    struct stat status;
    if (lstat(path, &status) != 0) {
        if (force && errno == ENOENT)
            return 0;
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    if (S_ISDIR(status.st_mode)) {
        if (!recursive) {
            fprintf(stderr, "rm: cannot remove '%s': Is a directory\n", path);
            return 1;
        }
        return rm_directory(path);
    }
    if (unlink(path) != 0) {
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    return 0;
}

static bool rm_is_dot(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return strcmp(base, ".") == 0 || strcmp(base, "..") == 0;
}

int main(int argc, char **argv)
{
    int option;
    while ((option = getopt(argc, argv, "rRfi")) != -1) {
        switch (option) {
        case 'r':
        case 'R':
            recursive = true;
            break;
        case 'f':
            force = true;
            break;
        default:
            return 1;
        }
    }
    if (optind == argc && !force) {
        fputs("rm: missing operand\n", stderr);
        return 1;
    }
    int result = 0;
    for (int i = optind; i < argc; i++) {
        if (rm_is_dot(argv[i])) {
            fprintf(stderr, "rm: refusing to remove '.' or '..' directory: skipping '%s'\n",
                    argv[i]);
            result = 1;
            continue;
        }
        result |= rm_path(argv[i]);
    }
    return result;
}
