/*
 * Conformance (POSIX getcwd, chdir, access): getcwd names the directory chdir entered (the same
 * file by stat), ERANGE for a buffer too small and EINVAL for size 0, relative paths resolving
 * from the new directory (files, "..", "."), chdir's ENOENT and ENOTDIR leaving the directory
 * unchanged; access with F_OK, R_OK, W_OK and X_OK, ENOENT and ENOTDIR.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char directory[256];

static int same_file(const char *first, const char *second)
{
    struct stat a, b;
    return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_ino == b.st_ino &&
           a.st_dev == b.st_dev;
}

static void test_getcwd_chdir(void)
{
    static char start[PATH_MAX], now[PATH_MAX];
    CHECK(getcwd(start, sizeof start) == start);
    CHECK_EQ(start[0], '/');
    CHECK_EQ(chdir(directory), 0);
    CHECK(getcwd(now, sizeof now) == now);
    CHECK(same_file(now, directory));
    CHECK(same_file(now, "."));
    size_t length = strlen(now);
    char small[8];
    errno = 0;
    CHECK(getcwd(now, length) == NULL); /* no room for the NUL */
    CHECK_EQ(errno, ERANGE);
    errno = 0;
    CHECK(getcwd(small, 1) == NULL);
    CHECK_EQ(errno, ERANGE);
    errno = 0;
    CHECK(getcwd(small, 0) == NULL);
    CHECK_EQ(errno, EINVAL);
    CHECK(getcwd(now, length + 1) == now); /* exactly enough */

    int fd = open("relative", O_WRONLY | O_CREAT | O_EXCL, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(write(fd, "r", 1), 1);
    CHECK_EQ(close(fd), 0);
    char absolute[320];
    snprintf(absolute, sizeof absolute, "%s/relative", directory);
    CHECK(same_file("relative", absolute));
    CHECK(same_file("./relative", absolute));
    CHECK_EQ(mkdir("sub", 0700), 0);
    CHECK_EQ(chdir("sub"), 0);
    CHECK(same_file("../relative", absolute));
    CHECK(same_file("..", directory));
    CHECK_EQ(chdir(".."), 0);
    CHECK(same_file(".", directory));

    errno = 0;
    CHECK_EQ(chdir("missing"), -1);
    CHECK_EQ(errno, ENOENT);
    errno = 0;
    CHECK_EQ(chdir("relative"), -1);
    CHECK_EQ(errno, ENOTDIR);
    errno = 0;
    CHECK_EQ(chdir(""), -1);
    CHECK_EQ(errno, ENOENT);
    CHECK(same_file(".", directory)); /* the failures left it where it was */

    CHECK_EQ(rmdir("sub"), 0);
    CHECK_EQ(chdir(start), 0);
    CHECK(getcwd(now, sizeof now) == now);
    CHECK(strcmp(now, start) == 0);
}

static void test_access(void)
{
    char path[320], beyond[340];
    snprintf(path, sizeof path, "%s/relative", directory);
    CHECK_EQ(access(path, F_OK), 0);
    CHECK_EQ(access(path, R_OK), 0);
    CHECK_EQ(access(path, R_OK | W_OK), 0);
    errno = 0;
    CHECK_EQ(access(path, X_OK), -1); /* 0600: no execute bit for anyone */
    CHECK_EQ(errno, EACCES);
    char runnable[340];
    snprintf(runnable, sizeof runnable, "%s/runnable", directory);
    int fd = open(runnable, O_WRONLY | O_CREAT | O_EXCL, 0700);
    CHECK(fd >= 0);
    CHECK_EQ(close(fd), 0);
    CHECK_EQ(access(runnable, X_OK), 0);
    CHECK_EQ(access(runnable, R_OK | W_OK | X_OK), 0);
    CHECK_EQ(unlink(runnable), 0);
    CHECK_EQ(chmod(path, 0700), 0);
    CHECK_EQ(access(path, X_OK), 0);
    CHECK_EQ(access(directory, F_OK | R_OK | W_OK | X_OK), 0);
    snprintf(beyond, sizeof beyond, "%s/below", path);
    errno = 0;
    CHECK_EQ(access(beyond, F_OK), -1);
    CHECK_EQ(errno, ENOTDIR);
    CHECK_EQ(unlink(path), 0);
    errno = 0;
    CHECK_EQ(access(path, F_OK), -1);
    CHECK_EQ(errno, ENOENT);
    errno = 0;
    CHECK_EQ(access(path, R_OK), -1);
    CHECK_EQ(errno, ENOENT);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    const char *base = getenv("TMPDIR");
    snprintf(directory, sizeof directory, "%s/conf-cwd-%ld", base ? base : "/tmp", (long)getpid());
    CHECK_EQ(mkdir(directory, 0700), 0);
    test_getcwd_chdir();
    test_access();
    CHECK_EQ(rmdir(directory), 0);
    return check_summary();
}
