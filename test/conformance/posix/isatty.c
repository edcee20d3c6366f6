/*
 * Conformance (POSIX isatty): a pipe, a regular file and /dev/null are no terminals (0 with
 * ENOTTY), a descriptor that is not open is 0 with EBADF.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    errno = 0;
    CHECK_EQ(isatty(ends[0]), 0);
    CHECK_EQ(errno, ENOTTY);
    errno = 0;
    CHECK_EQ(isatty(ends[1]), 0);
    CHECK_EQ(errno, ENOTTY);
    CHECK_EQ(close(ends[0]), 0);
    CHECK_EQ(close(ends[1]), 0);

    int null = open("/dev/null", O_RDWR);
    CHECK(null >= 0);
    errno = 0;
    CHECK_EQ(isatty(null), 0);
    CHECK_EQ(errno, ENOTTY);
    CHECK_EQ(close(null), 0);

    char path[256];
    const char *directory = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/conf-isatty-%ld", directory ? directory : "/tmp",
             (long)getpid());
    int file = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
    CHECK(file >= 0);
    errno = 0;
    CHECK_EQ(isatty(file), 0);
    CHECK_EQ(errno, ENOTTY);
    CHECK_EQ(close(file), 0);
    CHECK_EQ(unlink(path), 0);

    errno = 0;
    CHECK_EQ(isatty(file), 0); /* closed now */
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(isatty(-1), 0);
    CHECK_EQ(errno, EBADF);
    return check_summary();
}
