/*
 * Host unit tests of the VFS core (koito/posix/vfs): open and its flags, reads, writes, seeks,
 * truncation, stat, descriptors (dup, fcntl, close) and the devices, each with its errors.
 * Names and directories are tested in vfs_names_test.c.
 */
#include "test_support.h"

#include <check.h>
#include <errno.h>
#include <koito/protocol/posix.h>
#include <stdlib.h>
#include <string.h>

#define RDONLY KOITO_POSIX_OPEN_RDONLY
#define WRONLY KOITO_POSIX_OPEN_WRONLY
#define RDWR   KOITO_POSIX_OPEN_RDWR
#define CREAT  KOITO_POSIX_OPEN_CREAT
#define EXCL   KOITO_POSIX_OPEN_EXCL
#define TRUNC  KOITO_POSIX_OPEN_TRUNC
#define APPEND KOITO_POSIX_OPEN_APPEND

static struct test_world world;
#define V (&world.vfs)
#define P (&world.process)

static void test_standard_descriptors_are_the_console(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_write(V, P, 1, (const uint8_t *)"out\n", 4), 4);
    CHECK_EQ(vfs_write(V, P, 2, (const uint8_t *)"err\n", 4), 4);
    CHECK(world.console_length == 8 && memcmp(world.console, "out\nerr\n", 8) == 0);
    uint8_t line[16];
    /* Console input is the process's to read from the console server. */
    CHECK_EQ(vfs_read(V, P, 0, line, sizeof line), VFS_CONSOLE_INPUT);
    CHECK_EQ(vfs_read(V, P, 1, line, sizeof line), -EBADF); /* write only */
    CHECK_EQ(vfs_isatty(P, 0), 0);
    CHECK_EQ(vfs_seek(P, 1, 0, KOITO_POSIX_SEEK_SET), -ESPIPE);
    struct vfs_stat status;
    CHECK_EQ(vfs_fstat(P, 1, &status), 0);
    CHECK_EQ(status.mode & 0170000, 0020000);
    test_world_fini(&world);
}

static void test_initrd_files_read(void)
{
    test_world_init(&world);
    int fd = test_open(&world, "/etc/motd", RDONLY, 0);
    CHECK_EQ(fd, 3);
    char text[32] = {0};
    CHECK_EQ(vfs_read(V, P, (uint64_t)fd, (uint8_t *)text, sizeof text), 13);
    CHECK(strcmp(text, "hello initrd\n") == 0);
    CHECK_EQ(vfs_read(V, P, (uint64_t)fd, (uint8_t *)text, sizeof text), 0);
    CHECK_EQ(vfs_write(V, P, (uint64_t)fd, (const uint8_t *)"x", 1), -EBADF);
    CHECK_EQ(vfs_isatty(P, (uint64_t)fd), -ENOTTY);
    CHECK_EQ(vfs_close(P, (uint64_t)fd), 0);
    CHECK_EQ(vfs_close(P, (uint64_t)fd), -EBADF);

    fd = test_open(&world, "bin//prog", RDONLY, 0);
    CHECK(fd >= 0);
    static uint8_t program[5000];
    CHECK_EQ(vfs_pread(V, P, (uint64_t)fd, program, sizeof program, 0), 5000);
    bool same = true;
    for (size_t i = 0; i < sizeof program; i++)
        same = same && program[i] == test_pattern(i);
    CHECK(same);
    CHECK_EQ(vfs_pread(V, P, (uint64_t)fd, program, 10, 4995), 5);
    CHECK_EQ(vfs_pread(V, P, (uint64_t)fd, program, 10, 9000), 0);
    CHECK_EQ(vfs_pread(V, P, (uint64_t)fd, program, 10, (uint64_t)-1), -EINVAL);
    struct vfs_stat status;
    CHECK_EQ(vfs_fstat(P, (uint64_t)fd, &status), 0);
    CHECK_EQ(status.size, 5000);
    CHECK_EQ(status.mode, 0100755);
    CHECK_EQ(status.device, 1);
    /* The initrd is read-only: EROFS for every write, also through O_TRUNC. */
    CHECK_EQ(test_open(&world, "/etc/motd", WRONLY, 0), -EROFS);
    CHECK_EQ(test_open(&world, "/etc/motd", RDONLY | TRUNC, 0), -EROFS);
    CHECK_EQ(test_open(&world, "/etc/new", WRONLY | CREAT, 0644), -EROFS);
    CHECK_EQ(vfs_truncate(P, (uint64_t)fd, 0), -EINVAL); /* not open for writing */
    /* Symbolic links of the archive are skipped. */
    CHECK_EQ(test_open(&world, "/link", RDONLY, 0), -ENOENT);
    test_world_fini(&world);
}

static void test_open_errors(void)
{
    test_world_init(&world);
    CHECK_EQ(test_open(&world, "", RDONLY, 0), -ENOENT);
    CHECK_EQ(test_open(&world, "/nothing", RDONLY, 0), -ENOENT);
    CHECK_EQ(test_open(&world, "/nothing/x", RDONLY | CREAT, 0644), -ENOENT);
    CHECK_EQ(test_open(&world, "/etc/motd/x", RDONLY, 0), -ENOTDIR);
    CHECK_EQ(test_open(&world, "/etc/motd/", RDONLY, 0), -ENOTDIR);
    CHECK_EQ(test_open(&world, "/etc/motd", RDONLY | KOITO_POSIX_OPEN_DIRECTORY, 0), -ENOTDIR);
    CHECK_EQ(test_open(&world, "/etc", WRONLY, 0), -EISDIR);
    CHECK_EQ(test_open(&world, "/tmp", RDWR, 0), -EISDIR);
    CHECK_EQ(test_open(&world, "/tmp", RDONLY | CREAT, 0644), -EISDIR);
    CHECK_EQ(test_open(&world, "/tmp/d/", WRONLY | CREAT, 0644), -EISDIR);
    CHECK_EQ(test_open(&world, "/etc/motd", KOITO_POSIX_OPEN_ACCMODE, 0), -EINVAL);
    CHECK_EQ(test_open(&world, "/etc/motd", RDONLY | 0x40000000u, 0), -EINVAL);
    CHECK_EQ(test_open(&world, "/etc/motd", RDONLY | CREAT | EXCL, 0644), -EEXIST);
    char path[VFS_PATH_MAX + 2];
    memset(path, 'a', sizeof path);
    path[0] = '/';
    CHECK_EQ(vfs_open(V, P, NULL, path, VFS_PATH_MAX + 1, RDONLY, 0), -ENAMETOOLONG);
    CHECK_EQ(vfs_open(V, P, NULL, path, VFS_NAME_MAX + 2, RDONLY, 0), -ENAMETOOLONG);
    CHECK_EQ(vfs_open(V, P, NULL, path, VFS_NAME_MAX + 1, RDONLY, 0), -ENOENT);
    CHECK_EQ(vfs_open(V, P, NULL, "/etc\0x", 6, RDONLY, 0), -EINVAL);
    /* Permissions: the owner's bits count. */
    int fd = test_open(&world, "/tmp/secret", WRONLY | CREAT, 0200);
    CHECK(fd >= 0);
    CHECK_EQ(test_open(&world, "/tmp/secret", RDONLY, 0), -EACCES);
    CHECK_EQ(vfs_close(P, (uint64_t)fd), 0);
    /* EMFILE when the table is full. */
    int last = 0;
    for (unsigned i = 3; i < VFS_DESCRIPTORS; i++)
        last = test_open(&world, "/etc/motd", RDONLY, 0);
    CHECK_EQ(last, VFS_DESCRIPTORS - 1);
    CHECK_EQ(test_open(&world, "/etc/motd", RDONLY, 0), -EMFILE);
    CHECK_EQ(test_open(&world, "/tmp/more", RDWR | CREAT, 0644), -EMFILE);
    CHECK_EQ(vfs_stat(V, P, NULL, "/tmp/more", 9, &(struct vfs_stat){0}), -ENOENT);
    test_world_fini(&world);
}

static void test_tmpfs_files(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_umask(P, 027), 0);
    int fd = test_open(&world, "/tmp/a", RDWR | CREAT | EXCL, 0666);
    CHECK_EQ(fd, 3);
    CHECK_EQ(test_open(&world, "/tmp/a", RDWR | CREAT | EXCL, 0666), -EEXIST);
    struct vfs_stat status;
    CHECK_EQ(vfs_fstat(P, 3, &status), 0);
    CHECK_EQ(status.mode, 0100640);
    CHECK_EQ(status.device, 2);
    CHECK_EQ(status.links, 1);
    CHECK_EQ(vfs_write(V, P, 3, (const uint8_t *)"hello", 5), 5);
    CHECK_EQ(vfs_seek(P, 3, 0, KOITO_POSIX_SEEK_CUR), 5);
    CHECK_EQ(vfs_seek(P, 3, -2, KOITO_POSIX_SEEK_END), 3);
    uint8_t data[16] = {0};
    CHECK_EQ(vfs_read(V, P, 3, data, sizeof data), 2);
    CHECK(memcmp(data, "lo", 2) == 0);
    CHECK_EQ(vfs_seek(P, 3, -1, KOITO_POSIX_SEEK_SET), -EINVAL);
    CHECK_EQ(vfs_seek(P, 3, 0, 9), -EINVAL);
    CHECK_EQ(vfs_seek(P, 3, INT64_MAX, KOITO_POSIX_SEEK_END), -EOVERFLOW);
    CHECK_EQ(vfs_seek(P, 40, 0, KOITO_POSIX_SEEK_SET), -EBADF);
    /* A hole reads as zeros. */
    CHECK_EQ(vfs_pwrite(V, P, 3, (const uint8_t *)"end", 3, 10000), 3);
    CHECK_EQ(vfs_pread(V, P, 3, data, 4, 9998), 4);
    CHECK(memcmp(data, "\0\0en", 4) == 0);
    CHECK_EQ(vfs_fstat(P, 3, &status), 0);
    CHECK_EQ(status.size, 10003);
    /* Truncation shrinks and grows; regrown bytes read as zeros. */
    CHECK_EQ(vfs_truncate(P, 3, 2), 0);
    CHECK_EQ(vfs_truncate(P, 3, 5000), 0);
    CHECK_EQ(vfs_pread(V, P, 3, data, 4, 0), 4);
    CHECK(memcmp(data, "he\0\0", 4) == 0);
    CHECK_EQ(vfs_truncate(P, 3, VFS_FILE_MAX + 1), -EFBIG);
    CHECK_EQ(vfs_truncate(P, 3, (uint64_t)-5), -EINVAL);
    CHECK_EQ(vfs_truncate(P, 40, 0), -EBADF);
    CHECK_EQ(vfs_pwrite(V, P, 3, data, 1, VFS_FILE_MAX), -EFBIG);
    /* O_APPEND writes at the end, whatever the position. */
    CHECK_EQ(vfs_close(P, 3), 0);
    fd = test_open(&world, "/tmp/a", WRONLY | APPEND, 0);
    CHECK_EQ(vfs_seek(P, (uint64_t)fd, 0, KOITO_POSIX_SEEK_SET), 0);
    CHECK_EQ(vfs_write(V, P, (uint64_t)fd, (const uint8_t *)"!", 1), 1);
    CHECK_EQ(vfs_fstat(P, (uint64_t)fd, &status), 0);
    CHECK_EQ(status.size, 5001);
    CHECK_EQ(vfs_read(V, P, (uint64_t)fd, data, 1), -EBADF);
    /* O_TRUNC empties it. */
    int again = test_open(&world, "/tmp/a", RDWR | TRUNC, 0);
    CHECK_EQ(vfs_fstat(P, (uint64_t)again, &status), 0);
    CHECK_EQ(status.size, 0);
    test_world_fini(&world);
}

/* A large file round-trips byte for byte: several MiB written in odd-sized pieces. */
static void test_large_file(void)
{
    test_world_init(&world);
    const size_t size = 6u * 1024 * 1024 + 123;
    uint8_t *buffer = malloc(size);
    for (size_t i = 0; i < size; i++)
        buffer[i] = test_pattern(i);
    int fd = test_open(&world, "/tmp/big", RDWR | CREAT, 0644);
    size_t written = 0;
    while (written < size) {
        size_t chunk = size - written < 3968 ? size - written : 3968;
        long count = vfs_write(V, P, (uint64_t)fd, buffer + written, chunk);
        CHECK_EQ(count, (long)chunk);
        if (count <= 0)
            break;
        written += (size_t)count;
    }
    CHECK_EQ(vfs_seek(P, (uint64_t)fd, 0, KOITO_POSIX_SEEK_SET), 0);
    memset(buffer, 0, size);
    size_t read = 0;
    long count;
    while ((count = vfs_read(V, P, (uint64_t)fd, buffer + read, 5000)) > 0)
        read += (size_t)count;
    CHECK_EQ(read, size);
    bool same = true;
    for (size_t i = 0; i < size; i++)
        same = same && buffer[i] == test_pattern(i);
    CHECK(same);
    free(buffer);
    test_world_fini(&world);
}

static void test_descriptors(void)
{
    test_world_init(&world);
    int fd = test_open(&world, "/tmp/f", RDWR | CREAT, 0644);
    CHECK_EQ(vfs_write(V, P, (uint64_t)fd, (const uint8_t *)"abcdef", 6), 6);
    /* dup shares the position. */
    CHECK_EQ(vfs_dup(P, (uint64_t)fd, 10, 0), 10);
    CHECK_EQ(vfs_seek(P, 10, 1, KOITO_POSIX_SEEK_SET), 1);
    uint8_t byte;
    CHECK_EQ(vfs_read(V, P, (uint64_t)fd, &byte, 1), 1);
    CHECK_EQ(byte, 'b');
    CHECK_EQ(vfs_dup(P, (uint64_t)fd, 10, KOITO_POSIX_OPEN_CLOEXEC), 10);
    CHECK_EQ(vfs_fcntl(P, 10, KOITO_POSIX_FCNTL_GETFD, 0), KOITO_POSIX_FD_CLOEXEC);
    CHECK_EQ(vfs_dup(P, (uint64_t)fd, (uint64_t)fd, 0), -EINVAL);                  /* dup3 */
    CHECK_EQ(vfs_dup(P, (uint64_t)fd, (uint64_t)fd, KOITO_POSIX_DUP_SAME_OK), fd); /* dup2 */
    CHECK_EQ(vfs_dup(P, 40, 5, 0), -EBADF);
    CHECK_EQ(vfs_dup(P, (uint64_t)fd, VFS_DESCRIPTORS, 0), -EBADF);
    CHECK_EQ(vfs_dup(P, (uint64_t)fd, 5, 0x100), -EINVAL);
    /* dup2 onto the console's descriptor redirects it. */
    CHECK_EQ(vfs_dup(P, (uint64_t)fd, 1, 0), 1);
    CHECK_EQ(vfs_write(V, P, 1, (const uint8_t *)"Z", 1), 1);
    CHECK_EQ(world.console_length, 0);
    /* fcntl. */
    CHECK_EQ(vfs_fcntl(P, (uint64_t)fd, KOITO_POSIX_FCNTL_DUPFD, 20), 20);
    CHECK_EQ(vfs_fcntl(P, (uint64_t)fd, KOITO_POSIX_FCNTL_DUPFD_CLOEXEC, 20), 21);
    CHECK_EQ(vfs_fcntl(P, 21, KOITO_POSIX_FCNTL_GETFD, 0), KOITO_POSIX_FD_CLOEXEC);
    CHECK_EQ(vfs_fcntl(P, 21, KOITO_POSIX_FCNTL_SETFD, 0), 0);
    CHECK_EQ(vfs_fcntl(P, 21, KOITO_POSIX_FCNTL_GETFD, 0), 0);
    CHECK_EQ(vfs_fcntl(P, (uint64_t)fd, KOITO_POSIX_FCNTL_DUPFD, VFS_DESCRIPTORS), -EINVAL);
    CHECK_EQ(vfs_fcntl(P, (uint64_t)fd, KOITO_POSIX_FCNTL_GETFL, 0), RDWR);
    CHECK_EQ(vfs_fcntl(P, (uint64_t)fd, KOITO_POSIX_FCNTL_SETFL, APPEND | KOITO_POSIX_OPEN_TRUNC),
             0);
    CHECK_EQ(vfs_fcntl(P, 20, KOITO_POSIX_FCNTL_GETFL, 0), RDWR | APPEND);
    CHECK_EQ(vfs_fcntl(P, (uint64_t)fd, 99, 0), -EINVAL);
    CHECK_EQ(vfs_fcntl(P, 40, KOITO_POSIX_FCNTL_GETFL, 0), -EBADF);
    for (unsigned d = 22; d < VFS_DESCRIPTORS; d++)
        vfs_dup(P, (uint64_t)fd, d, 0);
    CHECK_EQ(vfs_fcntl(P, (uint64_t)fd, KOITO_POSIX_FCNTL_DUPFD, 22), -EMFILE);
    test_world_fini(&world);
}

static void test_devices(void)
{
    test_world_init(&world);
    uint8_t data[64];
    int null = test_open(&world, "/dev/null", RDWR, 0);
    CHECK_EQ(vfs_write(V, P, (uint64_t)null, data, sizeof data), 64);
    CHECK_EQ(vfs_read(V, P, (uint64_t)null, data, sizeof data), 0);
    CHECK_EQ(vfs_pread(V, P, (uint64_t)null, data, 1, 0), -ESPIPE);
    CHECK_EQ(vfs_isatty(P, (uint64_t)null), -ENOTTY);
    int zero = test_open(&world, "/dev/zero", RDONLY, 0);
    memset(data, 1, sizeof data);
    CHECK_EQ(vfs_read(V, P, (uint64_t)zero, data, sizeof data), 64);
    CHECK(data[0] == 0 && data[63] == 0);
    int random = test_open(&world, "/dev/urandom", RDONLY, 0);
    uint8_t first[64], second[64];
    CHECK_EQ(vfs_read(V, P, (uint64_t)random, first, sizeof first), 64);
    CHECK_EQ(vfs_read(V, P, (uint64_t)random, second, sizeof second), 64);
    CHECK(memcmp(first, second, sizeof first) != 0);
    CHECK(test_open(&world, "/dev/random", RDONLY, 0) >= 0);
    int tty = test_open(&world, "/dev/tty", WRONLY, 0);
    CHECK_EQ(vfs_isatty(P, (uint64_t)tty), 0);
    CHECK_EQ(vfs_write(V, P, (uint64_t)tty, (const uint8_t *)"tty\n", 4), 4);
    CHECK(world.console_length == 4);
    CHECK_EQ(test_open(&world, "/dev/new", RDWR | CREAT, 0644), -EROFS);
    CHECK_EQ(test_open(&world, "/dev/nothing", RDONLY, 0), -ENOENT);
    test_world_fini(&world);
}

/* An unlinked file lives on while open; a process's release closes everything. */
static void test_unlinked_file_lives_while_open(void)
{
    test_world_init(&world);
    int fd = test_open(&world, "/tmp/gone", RDWR | CREAT, 0644);
    CHECK_EQ(vfs_write(V, P, (uint64_t)fd, (const uint8_t *)"still", 5), 5);
    CHECK_EQ(vfs_unlink(V, P, NULL, "/tmp/gone", 9), 0);
    CHECK_EQ(test_open(&world, "/tmp/gone", RDONLY, 0), -ENOENT);
    uint8_t data[8];
    CHECK_EQ(vfs_pread(V, P, (uint64_t)fd, data, 8, 0), 5);
    struct vfs_stat status;
    CHECK_EQ(vfs_fstat(P, (uint64_t)fd, &status), 0);
    CHECK_EQ(status.links, 0);
    test_world_fini(&world); /* ASan finds the node if the last close leaks it */
}

int main(void)
{
    test_standard_descriptors_are_the_console();
    test_initrd_files_read();
    test_open_errors();
    test_tmpfs_files();
    test_large_file();
    test_descriptors();
    test_devices();
    test_unlinked_file_lives_while_open();
    return check_summary();
}
