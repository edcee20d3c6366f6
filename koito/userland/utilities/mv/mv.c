/*
 * mv: moves (renames) files (userland utility; POSIX). "mv source target"
 * renames; "mv source... directory" moves into the directory. A regular
 * file moved to another file system (rename fails with EXDEV) is copied
 * and then removed; a directory is not (the error says so). -f is accepted
 * (mv never asks).
 */
#include "../target/target_operands.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

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
    return target_operands_each("mv", argc - optind, argv + optind, mv_path);
}
