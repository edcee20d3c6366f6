/*
 * mv: moves (renames) files (userland utility; POSIX). "mv source target"
 * renames; "mv source... directory" moves into the directory. A regular
 * file moved to another file system (rename fails with EXDEV) is copied
 * and then removed; a directory is not (the error says so). -f is accepted
 * (mv never asks).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

static const char *mv_base(const char *path)
{
    size_t length = strlen(path);
    while (length > 1 && path[length - 1] == '/')
        length--;
    const char *base = path + length;
    while (base > path && base[-1] != '/')
        base--;
    return base;
}

/* Copies a regular file across file systems, keeping mode and times. */
static int mv_copy(const char *source, const char *target, const struct stat *status)
{
    int in = open(source, O_RDONLY);
    int out = in < 0 ? -1 : open(target, O_WRONLY | O_CREAT | O_TRUNC, status->st_mode & 07777);
    int result = in < 0 || out < 0;
    char buffer[16384];
    ssize_t got = 0;
    while (!result && (got = read(in, buffer, sizeof buffer)) > 0)
        for (ssize_t done = 0; done < got && !result;) {
            ssize_t written = write(out, buffer + done, (size_t)(got - done));
            result = written < 0;
            done += written > 0 ? written : 0;
        }
    result |= got < 0;
    if (in >= 0)
        close(in);
    if (out >= 0 && close(out) != 0)
        result = 1;
    if (result) {
        fprintf(stderr, "mv: cannot move '%s' to '%s': %s\n", source, target, strerror(errno));
        return 1;
    }
    struct timeval times[2] = {{status->st_atime, 0}, {status->st_mtime, 0}};
    utimes(target, times);
    if (unlink(source) != 0) {
        fprintf(stderr, "mv: cannot remove '%s': %s\n", source, strerror(errno));
        return 1;
    }
    return 0;
}

static int mv_path(const char *source, const char *target)
{
    if (rename(source, target) == 0)
        return 0;
    struct stat status;
    int error = errno;
    if (lstat(source, &status) != 0) {
        /* As coreutils, which looks at the source first. */
        fprintf(stderr, "mv: cannot stat '%s': %s\n", source, strerror(errno));
        return 1;
    }
    errno = error;
    if (errno == EXDEV && S_ISREG(status.st_mode))
        return mv_copy(source, target, &status);
    fprintf(stderr, "mv: cannot move '%s' to '%s': %s\n", source, target, strerror(errno));
    return 1;
}

int main(int argc, char **argv)
{
    int option;
    while ((option = getopt(argc, argv, "f")) != -1)
        if (option != 'f')
            return 1;
    int count = argc - optind;
    if (count < 2) {
        fputs(count ? "mv: missing destination file operand\n" : "mv: missing file operand\n",
              stderr);
        return 1;
    }
    const char *target = argv[argc - 1];
    struct stat status;
    bool into_directory = stat(target, &status) == 0 && S_ISDIR(status.st_mode);
    if (count > 2 && !into_directory) {
        fprintf(stderr, "mv: target '%s' is not a directory\n", target);
        return 1;
    }
    int result = 0;
    for (int i = optind; i < argc - 1; i++) {
        if (!into_directory) {
            result |= mv_path(argv[i], target);
            continue;
        }
        const char *base = mv_base(argv[i]);
        size_t length = strlen(target) + strlen(base) + 2;
        char *path = malloc(length);
        if (!path)
            return 1;
        snprintf(path, length, "%s/%s", target, base);
        result |= mv_path(argv[i], path);
        free(path);
    }
    return result;
}
