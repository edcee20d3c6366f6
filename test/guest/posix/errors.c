/*
 * The POSIX server suite: the errno value of each failing call (test/guest/posix).
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The call fails with -1 and errno == expected. */
#define CHECK_ERRNO(call, expected)                                                                \
    do {                                                                                           \
        errno = 0;                                                                                 \
        GUEST_CHECK_EQ((call), -1);                                                                \
        GUEST_CHECK_EQ(errno, (expected));                                                         \
    } while (0)

void test_errno_values(void)
{
    CHECK_ERRNO(open("/tmp/none", O_RDONLY), ENOENT);
    CHECK_ERRNO(open("", O_RDONLY), ENOENT);
    int fd = open("/tmp/exists", O_WRONLY | O_CREAT, 0644);
    GUEST_CHECK(fd >= 0);
    CHECK_ERRNO(open("/tmp/exists", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
    CHECK_ERRNO(mkdir("/tmp/exists", 0755), EEXIST);
    CHECK_ERRNO(open("/tmp/exists/x", O_RDONLY), ENOTDIR);
    CHECK_ERRNO(open("/etc/greeting", O_RDONLY | O_DIRECTORY), ENOTDIR);
    CHECK_ERRNO(rmdir("/tmp/exists"), ENOTDIR);
    CHECK_ERRNO(open("/tmp", O_WRONLY), EISDIR);
    CHECK_ERRNO(unlink("/tmp"), EISDIR);
    CHECK_ERRNO(read(99, &fd, 1), EBADF);
    CHECK_ERRNO(close(99), EBADF);
    CHECK_ERRNO(write(fd + 40, "x", 1), EBADF);
    CHECK_ERRNO(read(fd, &fd, 1), EBADF); /* write only */
    CHECK_ERRNO(open("/etc/greeting", O_WRONLY), EROFS);
    CHECK_ERRNO(unlink("/etc/greeting"), EROFS);
    CHECK_ERRNO(mkdir("/etc/new", 0755), EROFS);
    CHECK_ERRNO(rename("/tmp/exists", "/etc/exists"), EXDEV);
    CHECK_ERRNO(lseek(1, 0, SEEK_SET), ESPIPE);
    CHECK_ERRNO(lseek(fd, -1, SEEK_SET), EINVAL);
    GUEST_CHECK_EQ(mkdir("/tmp/full", 0755), 0);
    GUEST_CHECK_EQ(mkdir("/tmp/full/x", 0755), 0);
    CHECK_ERRNO(rmdir("/tmp/full"), ENOTEMPTY);
    GUEST_CHECK_EQ(rmdir("/tmp/full/x"), 0);
    GUEST_CHECK_EQ(rmdir("/tmp/full"), 0);
    static char path[2100];
    memset(path, 'a', sizeof path - 1);
    path[0] = '/';
    CHECK_ERRNO(open(path, O_RDONLY), ENAMETOOLONG);
    path[300] = '\0';
    CHECK_ERRNO(open(path, O_RDONLY), ENAMETOOLONG);
    errno = 0;
    GUEST_CHECK_EQ(isatty(99), 0);
    GUEST_CHECK_EQ(errno, EBADF);
    GUEST_CHECK_EQ(close(fd), 0);
    GUEST_CHECK_EQ(unlink("/tmp/exists"), 0);
}
