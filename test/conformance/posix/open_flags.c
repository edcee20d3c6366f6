/*
 * Conformance (POSIX <fcntl.h>: open): O_CREAT with its mode, O_CREAT|O_EXCL on an existing file
 * (EEXIST), O_TRUNC, O_APPEND, O_DIRECTORY on a file (ENOTDIR) and on a directory, a missing
 * file or directory on the way (ENOENT), a file used as a directory (ENOTDIR), writing a
 * directory (EISDIR), an empty path (ENOENT), and creat().
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char directory[256];

static const char *in_scratch(char *path, size_t size, const char *name)
{
    snprintf(path, size, "%s/%s", directory, name);
    return path;
}

static void test_create_exclusive(void)
{
    char path[300];
    in_scratch(path, sizeof path, "file");
    errno = 0;
    CHECK_EQ(open(path, O_RDONLY), -1);
    CHECK_EQ(errno, ENOENT);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0640);
    CHECK(fd >= 0);
    struct stat status;
    CHECK_EQ(fstat(fd, &status), 0);
    CHECK(S_ISREG(status.st_mode));
    CHECK_EQ(status.st_mode & 0777, 0640); /* the test's umask is 022 */
    CHECK_EQ(status.st_size, 0);
    CHECK_EQ(write(fd, "content", 7), 7);
    CHECK_EQ(close(fd), 0);
    errno = 0;
    CHECK_EQ(open(path, O_WRONLY | O_CREAT | O_EXCL, 0600), -1);
    CHECK_EQ(errno, EEXIST);
    fd = open(path, O_RDWR | O_CREAT, 0600); /* O_CREAT alone opens what is there */
    CHECK(fd >= 0);
    CHECK_EQ(fstat(fd, &status), 0);
    CHECK_EQ(status.st_size, 7);
    CHECK_EQ(status.st_mode & 0777, 0640); /* and changes no mode */
    CHECK_EQ(close(fd), 0);
}

static void test_truncate_append(void)
{
    char path[300];
    in_scratch(path, sizeof path, "file");
    int fd = open(path, O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    struct stat status;
    CHECK_EQ(fstat(fd, &status), 0);
    CHECK_EQ(status.st_size, 0);
    CHECK_EQ(write(fd, "12345", 5), 5);
    CHECK_EQ(close(fd), 0);
    int appender = open(path, O_WRONLY | O_APPEND);
    int other = open(path, O_WRONLY);
    CHECK(appender >= 0 && other >= 0);
    CHECK(fcntl(appender, F_GETFL) & O_APPEND);
    CHECK_EQ(lseek(appender, 0, SEEK_SET), 0);
    CHECK_EQ(write(appender, "67", 2), 2);
    CHECK_EQ(lseek(appender, 0, SEEK_CUR), 7);
    CHECK_EQ(write(other, "ab", 2), 2);     /* overwrites the start */
    CHECK_EQ(lseek(other, 0, SEEK_END), 7); /* grows it to nine below */
    CHECK_EQ(write(other, "xy", 2), 2);
    CHECK_EQ(write(appender, "89", 2), 2); /* still at the end, now after "xy" */
    CHECK_EQ(close(other), 0);
    CHECK_EQ(close(appender), 0);
    char text[16] = {0};
    fd = open(path, O_RDONLY);
    CHECK_EQ(read(fd, text, sizeof text), 11);
    CHECK(memcmp(text, "ab34567xy89", 11) == 0);
    CHECK_EQ(close(fd), 0);
}

static void test_directories(void)
{
    char path[300], beyond[320];
    in_scratch(path, sizeof path, "file");
    errno = 0;
    CHECK_EQ(open(path, O_RDONLY | O_DIRECTORY), -1);
    CHECK_EQ(errno, ENOTDIR);
    snprintf(beyond, sizeof beyond, "%s/inside", path);
    errno = 0;
    CHECK_EQ(open(beyond, O_RDONLY), -1); /* a file is no directory on the way */
    CHECK_EQ(errno, ENOTDIR);
    errno = 0;
    CHECK_EQ(open(beyond, O_WRONLY | O_CREAT, 0600), -1);
    CHECK_EQ(errno, ENOTDIR);
    in_scratch(path, sizeof path, "missing/file");
    errno = 0;
    CHECK_EQ(open(path, O_WRONLY | O_CREAT, 0600), -1); /* O_CREAT makes no directory */
    CHECK_EQ(errno, ENOENT);
    int fd = open(directory, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0);
    struct stat status;
    CHECK_EQ(fstat(fd, &status), 0);
    CHECK(S_ISDIR(status.st_mode));
    CHECK_EQ(close(fd), 0);
    errno = 0;
    CHECK_EQ(open(directory, O_WRONLY), -1);
    CHECK_EQ(errno, EISDIR);
    errno = 0;
    CHECK_EQ(open(directory, O_RDWR), -1);
    CHECK_EQ(errno, EISDIR);
    errno = 0;
    CHECK_EQ(open(directory, O_WRONLY | O_CREAT, 0600), -1);
    CHECK_EQ(errno, EISDIR);
    errno = 0;
    CHECK_EQ(open("", O_RDONLY), -1);
    CHECK_EQ(errno, ENOENT);
}

static void test_creat(void)
{
    char path[300];
    in_scratch(path, sizeof path, "file");
    int fd = creat(path, 0600); /* O_WRONLY|O_CREAT|O_TRUNC */
    CHECK(fd >= 0);
    CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_WRONLY);
    struct stat status;
    CHECK_EQ(fstat(fd, &status), 0);
    CHECK_EQ(status.st_size, 0);
    char byte;
    errno = 0;
    CHECK_EQ(read(fd, &byte, 1), -1);
    CHECK_EQ(errno, EBADF);
    CHECK_EQ(close(fd), 0);
    CHECK_EQ(unlink(path), 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    umask(022);
    const char *base = getenv("TMPDIR");
    snprintf(directory, sizeof directory, "%s/conf-open-%ld", base ? base : "/tmp", (long)getpid());
    CHECK_EQ(mkdir(directory, 0700), 0);
    test_create_exclusive();
    test_truncate_append();
    test_directories();
    test_creat();
    CHECK_EQ(rmdir(directory), 0);
    return check_summary();
}
