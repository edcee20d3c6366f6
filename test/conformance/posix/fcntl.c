/*
 * Conformance (POSIX <fcntl.h>: fcntl): F_GETFD/F_SETFD and FD_CLOEXEC (a close-on-exec
 * descriptor is gone in a posix_spawn child, the other is there and shares the offset),
 * F_GETFL/F_SETFL (access mode kept, O_APPEND and O_NONBLOCK changed, shared by duplicates),
 * F_DUPFD (the lowest free descriptor at or above the argument), and EBADF/EINVAL.
 * Child mode: "inherit KEPT GONE" exits 0 when descriptor KEPT is open with its offset at 4 and
 * GONE is not open.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void scratch_path(char *path, size_t size)
{
    const char *directory = getenv("TMPDIR");
    snprintf(path, size, "%s/conf-fcntl-%ld", directory ? directory : "/tmp", (long)getpid());
}

static void test_descriptor_flags(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(fcntl(fd, F_GETFD), 0);
    CHECK_EQ(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
    CHECK_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
    int copy = dup(fd);
    CHECK_EQ(fcntl(copy, F_GETFD), 0); /* descriptor flags belong to the descriptor */
    CHECK_EQ(fcntl(fd, F_SETFD, 0), 0);
    CHECK_EQ(fcntl(fd, F_GETFD), 0);
    int opened = open(path, O_RDONLY | O_CLOEXEC);
    CHECK(opened >= 0);
    CHECK_EQ(fcntl(opened, F_GETFD), FD_CLOEXEC);
    CHECK_EQ(close(opened), 0);
    CHECK_EQ(close(copy), 0);
    CHECK_EQ(close(fd), 0);
}

static void test_status_flags(const char *path)
{
    int fd = open(path, O_WRONLY | O_TRUNC);
    CHECK(fd >= 0);
    int flags = fcntl(fd, F_GETFL);
    CHECK_EQ(flags & O_ACCMODE, O_WRONLY);
    CHECK_EQ(flags & (O_APPEND | O_NONBLOCK), 0);
    CHECK_EQ(fcntl(fd, F_SETFL, flags | O_APPEND), 0);
    int copy = dup(fd);
    CHECK(fcntl(copy, F_GETFL) & O_APPEND); /* status flags belong to the open file */
    CHECK_EQ(write(fd, "abcd", 4), 4);
    CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
    CHECK_EQ(write(copy, "ef", 2), 2); /* O_APPEND: at the end whatever the offset */
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 6);
    CHECK_EQ(fcntl(fd, F_SETFL, O_RDWR), 0); /* the access mode cannot change */
    CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_WRONLY);
    CHECK_EQ(fcntl(copy, F_GETFL) & O_APPEND, 0);
    CHECK_EQ(close(copy), 0);
    CHECK_EQ(close(fd), 0);
    fd = open(path, O_RDONLY);
    char text[8] = {0};
    CHECK_EQ(read(fd, text, sizeof text), 6);
    CHECK(memcmp(text, "abcdef", 6) == 0);
    CHECK_EQ(close(fd), 0);
}

static void test_dupfd(const char *path)
{
    int fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    int low = fcntl(fd, F_DUPFD, 0);
    CHECK(low >= 0 && low != fd);
    CHECK_EQ(close(low), 0);
    CHECK_EQ(fcntl(fd, F_DUPFD, 0), low); /* the freed one again */
    int at = fcntl(fd, F_DUPFD, 30);
    CHECK_EQ(at, 30);
    CHECK_EQ(fcntl(fd, F_DUPFD, 30), 31); /* 30 taken: the next */
    CHECK_EQ(close(30), 0);
    CHECK_EQ(fcntl(fd, F_DUPFD, 29), 29);
    CHECK_EQ(fcntl(fd, F_DUPFD, 29), 30);
    CHECK_EQ(close(29), 0);
    CHECK_EQ(close(30), 0);
    CHECK_EQ(close(31), 0);
    CHECK_EQ(close(low), 0);
    errno = 0;
    CHECK_EQ(fcntl(fd, F_DUPFD, -1), -1);
    CHECK_EQ(errno, EINVAL);
    CHECK_EQ(close(fd), 0);
    errno = 0;
    CHECK_EQ(fcntl(fd, F_GETFL), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(fcntl(fd, F_SETFD, FD_CLOEXEC), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(fcntl(fd, F_DUPFD, 0), -1);
    CHECK_EQ(errno, EBADF);
}

/* Across posix_spawn a close-on-exec descriptor closes and the other stays, on the same open
 * file (its offset). */
static void test_cloexec_across_spawn(const char *self, const char *path)
{
    int kept = open(path, O_RDONLY);
    int gone = open(path, O_RDONLY);
    CHECK(kept >= 0 && gone >= 0);
    CHECK_EQ(lseek(kept, 4, SEEK_SET), 4);
    CHECK_EQ(fcntl(gone, F_SETFD, FD_CLOEXEC), 0);
    char kept_text[12], gone_text[12];
    snprintf(kept_text, sizeof kept_text, "%d", kept);
    snprintf(gone_text, sizeof gone_text, "%d", gone);
    char *arguments[] = {(char *)self, "inherit", kept_text, gone_text, NULL};
    pid_t child = -1;
    CHECK_EQ(posix_spawn(&child, self, NULL, NULL, arguments, environ), 0);
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFEXITED(status));
    CHECK_EQ(WEXITSTATUS(status), 0);
    CHECK_EQ(lseek(kept, 0, SEEK_CUR), 5); /* the child's read moved the shared offset */
    CHECK_EQ(close(kept), 0);
    CHECK_EQ(close(gone), 0);
}

static int child_inherit(int kept, int gone)
{
    if (fcntl(kept, F_GETFD) != 0)
        return 1;
    if (lseek(kept, 0, SEEK_CUR) != 4)
        return 2;
    char byte = 0;
    if (read(kept, &byte, 1) != 1 || byte != 'e')
        return 3;
    errno = 0;
    if (fcntl(gone, F_GETFD) != -1 || errno != EBADF)
        return 4;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 3 && strcmp(argv[1], "inherit") == 0)
        return child_inherit(atoi(argv[2]), atoi(argv[3]));
    char path[256];
    scratch_path(path, sizeof path);
    test_descriptor_flags(path);
    test_status_flags(path);
    test_dupfd(path);
    test_cloexec_across_spawn(argv[0], path);
    CHECK_EQ(unlink(path), 0);
    return check_summary();
}
