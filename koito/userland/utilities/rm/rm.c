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

/* The names in directory path but "." and "..", read whole before anything
 * is removed (as fts does for GNU rm): POSIX leaves unspecified what readdir
 * returns once entries go (KOITO's VFS returns each remaining one once; not
 * every system does). NULL with errno set on failure; *count names, the
 * array and each name from malloc. */
static char **rm_names(const char *path, size_t *count)
{
    DIR *directory = opendir(path);
    if (!directory)
        return NULL;
    char **names = NULL;
    size_t capacity = 0;
    *count = 0;
    struct dirent *entry;
    while ((entry = readdir(directory)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        if (*count == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            char **grown = realloc(names, capacity * sizeof *grown);
            if (!grown)
                break;
            names = grown;
        }
        if ((names[*count] = strdup(entry->d_name)) == NULL)
            break;
        ++*count;
    }
    int error = errno;
    bool complete = entry == NULL;
    closedir(directory);
    if (!complete) {
        while (*count > 0)
            free(names[--*count]);
        free(names);
        errno = error;
        return NULL;
    }
    return names ? names : calloc(1, sizeof *names);
}

static int rm_directory(const char *path)
{
    size_t count;
    char **names = rm_names(path, &count);
    if (!names) {
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    int result = 0;
    for (size_t i = 0; i < count; i++) {
        size_t length = strlen(path) + strlen(names[i]) + 2;
        char *child = malloc(length);
        if (child) {
            snprintf(child, length, "%s/%s", path, names[i]);
            result |= rm_path(child);
        }
        result |= child == NULL;
        free(child);
        free(names[i]);
    }
    free(names);
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
