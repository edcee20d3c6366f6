/*
 * Conformance (POSIX <sys/stat.h>): stat, fstat and lstat of a regular file, a directory, a
 * pipe and /dev/null (sizes, link counts, the same identity by path and by descriptor, the
 * S_IS* macros), umask's effect on open and mkdir and its return value, mkdir and rmdir with
 * their errors (EEXIST, ENOENT, ENOTDIR, ENOTEMPTY, EINVAL for "."), and chmod.
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

static void test_regular_file(void)
{
    char path[300];
    in_scratch(path, sizeof path, "file");
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0644);
    CHECK(fd >= 0);
    CHECK_EQ(write(fd, "0123456789", 10), 10);
    struct stat by_path, by_descriptor, by_link;
    CHECK_EQ(stat(path, &by_path), 0);
    CHECK_EQ(fstat(fd, &by_descriptor), 0);
    CHECK_EQ(lstat(path, &by_link), 0); /* not a symbolic link: lstat is stat */
    CHECK(S_ISREG(by_path.st_mode));
    CHECK(!S_ISDIR(by_path.st_mode) && !S_ISCHR(by_path.st_mode) && !S_ISFIFO(by_path.st_mode));
    CHECK(!S_ISLNK(by_path.st_mode) && !S_ISBLK(by_path.st_mode) && !S_ISSOCK(by_path.st_mode));
    CHECK_EQ(by_path.st_size, 10);
    CHECK_EQ(by_path.st_nlink, 1);
    CHECK_EQ(by_path.st_mode & 07777, 0644);
    CHECK(by_path.st_blksize > 0);
    CHECK(by_path.st_ino == by_descriptor.st_ino && by_path.st_dev == by_descriptor.st_dev);
    CHECK(by_path.st_ino == by_link.st_ino && by_path.st_mode == by_link.st_mode);
    CHECK_EQ(by_descriptor.st_size, 10);
    CHECK_EQ(ftruncate(fd, 3), 0);
    CHECK_EQ(fstat(fd, &by_descriptor), 0);
    CHECK_EQ(by_descriptor.st_size, 3);
    CHECK_EQ(ftruncate(fd, 5000), 0);
    CHECK_EQ(stat(path, &by_path), 0);
    CHECK_EQ(by_path.st_size, 5000);
    CHECK_EQ(chmod(path, 0600), 0);
    CHECK_EQ(fstat(fd, &by_descriptor), 0);
    CHECK_EQ(by_descriptor.st_mode & 07777, 0600);
    CHECK(S_ISREG(by_descriptor.st_mode));
    CHECK_EQ(close(fd), 0);
    CHECK_EQ(unlink(path), 0);
    errno = 0;
    CHECK_EQ(stat(path, &by_path), -1);
    CHECK_EQ(errno, ENOENT);
    errno = 0;
    CHECK_EQ(lstat(path, &by_path), -1);
    CHECK_EQ(errno, ENOENT);
    errno = 0;
    CHECK_EQ(fstat(fd, &by_path), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(stat("", &by_path), -1);
    CHECK_EQ(errno, ENOENT);
}

static void test_other_types(void)
{
    struct stat status;
    CHECK_EQ(stat(directory, &status), 0);
    CHECK(S_ISDIR(status.st_mode) && !S_ISREG(status.st_mode));
    CHECK_EQ(stat("/dev/null", &status), 0);
    CHECK(S_ISCHR(status.st_mode) && !S_ISREG(status.st_mode));
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(fstat(ends[1], &status), 0);
    CHECK(S_ISFIFO(status.st_mode) && !S_ISCHR(status.st_mode));
    CHECK_EQ(close(ends[0]), 0);
    CHECK_EQ(close(ends[1]), 0);
    CHECK_EQ(stat("/", &status), 0);
    CHECK(S_ISDIR(status.st_mode));
}

static void test_umask(void)
{
    mode_t previous = umask(077);
    CHECK_EQ(umask(027), 077); /* umask returns the mask it replaces */
    char path[300];
    in_scratch(path, sizeof path, "masked");
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0666);
    CHECK(fd >= 0);
    struct stat status;
    CHECK_EQ(fstat(fd, &status), 0);
    CHECK_EQ(status.st_mode & 0777, 0640);
    CHECK_EQ(close(fd), 0);
    CHECK_EQ(unlink(path), 0);
    in_scratch(path, sizeof path, "masked-directory");
    CHECK_EQ(mkdir(path, 0777), 0);
    CHECK_EQ(stat(path, &status), 0);
    CHECK_EQ(status.st_mode & 0777, 0750);
    CHECK_EQ(rmdir(path), 0);
    CHECK_EQ(umask(0), 027);
    fd = open(in_scratch(path, sizeof path, "unmasked"), O_WRONLY | O_CREAT | O_EXCL, 0666);
    CHECK_EQ(fstat(fd, &status), 0);
    CHECK_EQ(status.st_mode & 0777, 0666);
    CHECK_EQ(close(fd), 0);
    CHECK_EQ(unlink(path), 0);
    umask(previous);
}

static void test_mkdir_rmdir(void)
{
    char path[300], inner[320], file[320];
    in_scratch(path, sizeof path, "tree");
    CHECK_EQ(mkdir(path, 0755), 0);
    errno = 0;
    CHECK_EQ(mkdir(path, 0755), -1);
    CHECK_EQ(errno, EEXIST);
    snprintf(inner, sizeof inner, "%s/inner", path);
    CHECK_EQ(mkdir(inner, 0755), 0);
    struct stat status;
    CHECK_EQ(stat(inner, &status), 0);
    CHECK(S_ISDIR(status.st_mode));
    errno = 0;
    CHECK_EQ(rmdir(path), -1); /* a directory with a directory in it */
    CHECK(errno == ENOTEMPTY || errno == EEXIST);
    CHECK_EQ(rmdir(inner), 0);
    snprintf(file, sizeof file, "%s/file", path);
    int fd = open(file, O_WRONLY | O_CREAT, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(close(fd), 0);
    errno = 0;
    CHECK_EQ(rmdir(path), -1); /* a directory with a file in it */
    CHECK(errno == ENOTEMPTY || errno == EEXIST);
    errno = 0;
    CHECK_EQ(rmdir(file), -1);
    CHECK_EQ(errno, ENOTDIR);
    errno = 0;
    CHECK_EQ(mkdir(file, 0755), -1);
    CHECK_EQ(errno, EEXIST);
    snprintf(inner, sizeof inner, "%s/file/below", path);
    errno = 0;
    CHECK_EQ(mkdir(inner, 0755), -1);
    CHECK_EQ(errno, ENOTDIR);
    snprintf(inner, sizeof inner, "%s/missing/below", path);
    errno = 0;
    CHECK_EQ(mkdir(inner, 0755), -1);
    CHECK_EQ(errno, ENOENT);
    errno = 0;
    CHECK_EQ(rmdir(inner), -1);
    CHECK_EQ(errno, ENOENT);
    snprintf(inner, sizeof inner, "%s/.", path);
    errno = 0;
    CHECK_EQ(rmdir(inner), -1);
    CHECK_EQ(errno, EINVAL);
    CHECK_EQ(unlink(file), 0);
    CHECK_EQ(rmdir(path), 0);
    errno = 0;
    CHECK_EQ(stat(path, &status), -1);
    CHECK_EQ(errno, ENOENT);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    umask(022);
    const char *base = getenv("TMPDIR");
    snprintf(directory, sizeof directory, "%s/conf-stat-%ld", base ? base : "/tmp", (long)getpid());
    CHECK_EQ(mkdir(directory, 0700), 0);
    test_regular_file();
    test_other_types();
    test_umask();
    test_mkdir_rmdir();
    CHECK_EQ(rmdir(directory), 0);
    return check_summary();
}
