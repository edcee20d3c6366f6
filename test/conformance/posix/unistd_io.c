/*
 * Conformance (POSIX <unistd.h> I/O): read, write, lseek with SEEK_SET/SEEK_CUR/SEEK_END and a
 * hole past the end (which reads as zeros), pread/pwrite leaving the offset alone, dup/dup2 and
 * F_DUPFD sharing one open file's offset, readv/writev on a file and a pipe (small and large
 * vectors, empty buffers), /dev/null and /dev/zero, and the errno POSIX gives each misuse (EBADF,
 * EINVAL).
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

static void scratch_path(char *path, size_t size, const char *name)
{
    const char *directory = getenv("TMPDIR");
    snprintf(path, size, "%s/conf-io-%ld-%s", directory ? directory : "/tmp", (long)getpid(), name);
}

static void test_read_write_seek(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(write(fd, "hello, world", 12), 12);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 12);
    CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
    char text[32] = {0};
    CHECK_EQ(read(fd, text, 5), 5);
    CHECK(memcmp(text, "hello", 5) == 0);
    CHECK_EQ(lseek(fd, 2, SEEK_CUR), 7);
    CHECK_EQ(read(fd, text, sizeof text), 5);
    CHECK(memcmp(text, "world", 5) == 0);
    CHECK_EQ(read(fd, text, sizeof text), 0); /* end of file */
    CHECK_EQ(lseek(fd, -5, SEEK_END), 7);
    CHECK_EQ(read(fd, text, 1), 1);
    CHECK_EQ(text[0], 'w');
    CHECK_EQ(write(fd, text, 0), 0); /* a write of nothing writes nothing */
    CHECK_EQ(lseek(fd, 0, SEEK_END), 12);
    errno = 0;
    CHECK_EQ(lseek(fd, -13, SEEK_END), -1); /* before the start */
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(lseek(fd, 0, 12345), -1); /* no such whence */
    CHECK_EQ(errno, EINVAL);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 12); /* the failures moved nothing */
    CHECK_EQ(close(fd), 0);
}

/* Seeking past the end and writing leaves a hole that reads back as zeros. */
static void test_hole(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(write(fd, "ab", 2), 2);
    CHECK_EQ(lseek(fd, 10000, SEEK_SET), 10000);
    CHECK_EQ(lseek(fd, 0, SEEK_END), 2); /* seeking alone grows nothing */
    CHECK_EQ(lseek(fd, 10000, SEEK_END), 10002);
    CHECK_EQ(write(fd, "z", 1), 1);
    CHECK_EQ(lseek(fd, 0, SEEK_END), 10003);
    static char data[10003];
    CHECK_EQ(pread(fd, data, sizeof data, 0), 10003);
    CHECK(data[0] == 'a' && data[1] == 'b' && data[10002] == 'z');
    size_t zeros = 0;
    for (size_t i = 2; i < 10002; i++)
        zeros += data[i] == 0;
    CHECK_EQ(zeros, 10000);
    CHECK_EQ(close(fd), 0);
}

static void test_pread_pwrite(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(write(fd, "0123456789", 10), 10);
    CHECK_EQ(lseek(fd, 3, SEEK_SET), 3);
    char text[8] = {0};
    CHECK_EQ(pread(fd, text, 4, 5), 4);
    CHECK(memcmp(text, "5678", 4) == 0);
    CHECK_EQ(pwrite(fd, "AB", 2, 8), 2);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 3); /* neither moved the offset */
    CHECK_EQ(pread(fd, text, sizeof text, 8), 2);
    CHECK(memcmp(text, "AB", 2) == 0);
    CHECK_EQ(pread(fd, text, sizeof text, 100), 0); /* past the end */
    CHECK_EQ(pwrite(fd, "!", 1, 12), 1);            /* past the end: a hole of two */
    CHECK_EQ(lseek(fd, 0, SEEK_END), 13);
    CHECK_EQ(pread(fd, text, 3, 10), 3);
    CHECK(text[0] == 0 && text[1] == 0 && text[2] == '!');
    errno = 0;
    CHECK_EQ(pread(fd, text, 1, -1), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(pwrite(fd, text, 1, -1), -1);
    CHECK_EQ(errno, EINVAL);
    CHECK_EQ(close(fd), 0);
}

/* Duplicates share the open file: its offset and its status flags; descriptor flags are not
 * shared. */
static void test_dup(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    int copy = dup(fd);
    CHECK(copy >= 0 && copy != fd);
    CHECK_EQ(write(fd, "abc", 3), 3);
    CHECK_EQ(lseek(copy, 0, SEEK_CUR), 3);
    CHECK_EQ(write(copy, "def", 3), 3);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 6);

    int target = copy + 5;
    CHECK_EQ(dup2(fd, target), target);
    CHECK_EQ(lseek(target, 1, SEEK_SET), 1);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 1);
    CHECK_EQ(dup2(fd, fd), fd);           /* the same descriptor: nothing happens */
    CHECK_EQ(dup2(copy, target), target); /* replaces what target named, silently */
    CHECK_EQ(close(target), 0);

    int above = fcntl(fd, F_DUPFD, copy + 3);
    CHECK(above >= copy + 3);
    CHECK_EQ(fcntl(above, F_GETFD), 0); /* a dup is never close-on-exec */
    int cloexec = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    CHECK(cloexec >= 0);
    CHECK_EQ(fcntl(cloexec, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, 0);
    char text[8] = {0};
    CHECK_EQ(lseek(above, 0, SEEK_SET), 0);
    CHECK_EQ(read(cloexec, text, 6), 6);
    CHECK(memcmp(text, "abcdef", 6) == 0);
    CHECK_EQ(close(above), 0);
    CHECK_EQ(close(cloexec), 0);
    CHECK_EQ(close(copy), 0);
    CHECK_EQ(close(fd), 0);
}

static void test_bad_descriptors(void)
{
    int closed = dup(0);
    CHECK(closed >= 0);
    CHECK_EQ(close(closed), 0);
    char byte = 0;
    errno = 0;
    CHECK_EQ(close(closed), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(close(-1), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(read(closed, &byte, 1), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(write(closed, &byte, 1), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(lseek(closed, 0, SEEK_SET), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(pread(closed, &byte, 1, 0), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(dup(closed), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(dup2(closed, 20), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(dup2(0, -1), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(fcntl(closed, F_GETFD), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(fcntl(0, F_DUPFD, -1), -1);
    CHECK_EQ(errno, EINVAL);
}

/* A descriptor opened read-only refuses writes and one opened write-only refuses reads. */
static void test_access_modes(const char *path)
{
    int writer = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    CHECK(writer >= 0);
    char byte = 'q';
    errno = 0;
    CHECK_EQ(read(writer, &byte, 1), -1);
    CHECK_EQ(errno, EBADF);
    CHECK_EQ(write(writer, &byte, 1), 1);
    int reader = open(path, O_RDONLY);
    CHECK(reader >= 0);
    errno = 0;
    CHECK_EQ(write(reader, &byte, 1), -1);
    CHECK_EQ(errno, EBADF);
    CHECK_EQ(read(reader, &byte, 1), 1);
    CHECK_EQ(byte, 'q');
    CHECK_EQ(close(reader), 0);
    CHECK_EQ(close(writer), 0);
}

static void test_vectors(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    char first[] = "vec", second[] = "tored", third[] = " io";
    struct iovec out[4] = {{first, 3}, {second, 0}, {second, 5}, {third, 3}};
    CHECK_EQ(writev(fd, out, 4), 11);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 11);
    CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
    char a[4] = {0}, b[8] = {0}, c[8] = {0};
    struct iovec in[3] = {{a, 4}, {b, 4}, {c, 8}};
    CHECK_EQ(readv(fd, in, 3), 11); /* the last buffer only partly */
    CHECK(memcmp(a, "vect", 4) == 0 && memcmp(b, "ored", 4) == 0 && memcmp(c, " io", 3) == 0);
    CHECK_EQ(readv(fd, in, 3), 0); /* end of file */

    /* Larger than PIPE_BUF in all: every byte in order both ways. */
    static char big[3][5000], back[3][5000];
    for (int i = 0; i < 3; i++)
        memset(big[i], 'A' + i, sizeof big[i]);
    struct iovec large_out[3] = {{big[0], 5000}, {big[1], 5000}, {big[2], 5000}};
    CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
    CHECK_EQ(writev(fd, large_out, 3), 15000);
    CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
    struct iovec large_in[3] = {{back[0], 5000}, {back[1], 5000}, {back[2], 5000}};
    CHECK_EQ(readv(fd, large_in, 3), 15000);
    CHECK(memcmp(big, back, sizeof big) == 0);

    volatile int negative = -1; /* hidden from the compiler, which would warn at a literal */
    errno = 0;
    CHECK_EQ(writev(fd, out, negative), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(readv(fd, in, negative), -1);
    CHECK_EQ(errno, EINVAL);
    CHECK_EQ(close(fd), 0);
    errno = 0;
    CHECK_EQ(writev(fd, out, 4), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(readv(fd, in, 3), -1);
    CHECK_EQ(errno, EBADF);

    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(writev(ends[1], out, 4), 11);
    CHECK_EQ(write(ends[1], "!", 1), 1);
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    CHECK_EQ(readv(ends[0], in, 2), 8);
    CHECK(memcmp(a, "vect", 4) == 0 && memcmp(b, "ored", 4) == 0);
    struct iovec rest = {c, 8};
    CHECK_EQ(readv(ends[0], &rest, 1), 4); /* what the pipe holds, without waiting for more */
    CHECK(memcmp(c, " io!", 4) == 0);
    CHECK_EQ(close(ends[0]), 0);
    CHECK_EQ(close(ends[1]), 0);
}

static void test_devices(void)
{
    int null = open("/dev/null", O_RDWR);
    int zero = open("/dev/zero", O_RDONLY);
    CHECK(null >= 0 && zero >= 0);
    char data[100];
    memset(data, 'x', sizeof data);
    CHECK_EQ(write(null, data, sizeof data), 100); /* swallowed whole */
    CHECK_EQ(read(null, data, sizeof data), 0);    /* always at its end */
    CHECK_EQ(read(zero, data, sizeof data), 100);
    size_t zeros = 0;
    for (size_t i = 0; i < sizeof data; i++)
        zeros += data[i] == 0;
    CHECK_EQ(zeros, 100);
    CHECK_EQ(close(null), 0);
    CHECK_EQ(close(zero), 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char path[256];
    scratch_path(path, sizeof path, "file");
    test_read_write_seek(path);
    test_hole(path);
    test_pread_pwrite(path);
    test_dup(path);
    test_bad_descriptors();
    test_access_modes(path);
    test_vectors(path);
    test_devices();
    CHECK_EQ(unlink(path), 0);
    return check_summary();
}
