/*
 * Host unit tests of the VFS core's file attributes (koito/posix/vfs): the times stat shows and
 * what moves them (creation, writes, truncation, names, relatime reads, utimensat), chmod,
 * chown and link, each with its errors.
 */
#include "test_support.h"

#include <check.h>
#include <errno.h>
#include <koito/protocol/posix.h>
#include <string.h>

static struct test_world world;
#define V       (&world.vfs)
#define P       (&world.process)
#define S(text) text, strlen(text)

static struct vfs_stat status_of(const char *path)
{
    struct vfs_stat status;
    memset(&status, 0xff, sizeof status);
    CHECK_EQ(vfs_stat(V, P, NULL, S(path), &status), 0);
    return status;
}

static void clock_set(int64_t seconds)
{
    test_clock = (struct vfs_time){.seconds = seconds, .nanoseconds = 500};
}

static int create(const char *path)
{
    return test_open(&world, path, KOITO_POSIX_OPEN_RDWR | KOITO_POSIX_OPEN_CREAT, 0644);
}

/* The initrd's files and directories keep the archive's times; new nodes get the time of day. */
static void test_initial_times(void)
{
    test_world_init(&world);
    struct vfs_stat motd = status_of("/etc/motd");
    CHECK_EQ(motd.modified.seconds, TEST_ARCHIVE_SECONDS);
    CHECK_EQ(motd.accessed.seconds, TEST_ARCHIVE_SECONDS);
    CHECK_EQ(motd.changed.seconds, TEST_ARCHIVE_SECONDS);
    CHECK_EQ(status_of("/etc").modified.seconds, TEST_ARCHIVE_SECONDS);
    CHECK_EQ(status_of("/tmp").modified.seconds, TEST_BOOT_SECONDS);
    CHECK_EQ(status_of("/dev/null").changed.seconds, TEST_BOOT_SECONDS);
    CHECK_EQ(motd.owner, 0);
    CHECK_EQ(motd.group, 0);
    /* Reading the read-only initrd changes nothing. */
    clock_set(TEST_BOOT_SECONDS + 100000);
    int fd = test_open(&world, "/etc/motd", KOITO_POSIX_OPEN_RDONLY, 0);
    uint8_t byte;
    CHECK_EQ(vfs_read(V, P, fd, &byte, 1), 1);
    CHECK_EQ(status_of("/etc/motd").accessed.seconds, TEST_ARCHIVE_SECONDS);
    test_world_fini(&world);
}

/* Creating, writing, truncating and naming move the times POSIX says they mark. */
static void test_times_follow_changes(void)
{
    test_world_init(&world);
    clock_set(2000);
    int fd = create("/tmp/f");
    CHECK(fd >= 0);
    struct vfs_stat made = status_of("/tmp/f");
    CHECK_EQ(made.accessed.seconds, 2000);
    CHECK_EQ(made.modified.seconds, 2000);
    CHECK_EQ(made.changed.seconds, 2000);
    CHECK_EQ(made.modified.nanoseconds, 500);
    CHECK_EQ(status_of("/tmp").modified.seconds, 2000);

    clock_set(2001);
    CHECK_EQ(vfs_write(V, P, fd, (const uint8_t *)"abc", 3), 3);
    struct vfs_stat written = status_of("/tmp/f");
    CHECK_EQ(written.modified.seconds, 2001);
    CHECK_EQ(written.changed.seconds, 2001);
    CHECK_EQ(written.accessed.seconds, 2000);
    clock_set(2002);
    CHECK_EQ(vfs_write(V, P, fd, (const uint8_t *)"", 0), 0);
    CHECK_EQ(status_of("/tmp/f").modified.seconds, 2001); /* nothing written, nothing marked */

    clock_set(2003);
    CHECK_EQ(vfs_truncate(P, fd, 1), 0);
    CHECK_EQ(status_of("/tmp/f").modified.seconds, 2003);

    /* A second name changes the file's status and the directory's entries. */
    clock_set(2004);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d"), 0755), 0);
    clock_set(2005);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/f"), NULL, S("/tmp/d/g")), 0);
    CHECK_EQ(status_of("/tmp/d").modified.seconds, 2005);
    CHECK_EQ(status_of("/tmp").modified.seconds, 2005);
    CHECK_EQ(status_of("/tmp/d/g").changed.seconds, 2005);
    CHECK_EQ(status_of("/tmp/d/g").modified.seconds, 2003);

    /* O_TRUNC marks an existing file. */
    clock_set(2006);
    int again = test_open(&world, "/tmp/d/g", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_TRUNC, 0);
    CHECK(again >= 0);
    CHECK_EQ(status_of("/tmp/d/g").modified.seconds, 2006);
    CHECK_EQ(status_of("/tmp/d/g").size, 0);
    test_world_fini(&world);
}

/* relatime: a read marks the access time when it is not later than the modification or change
 * time, or when it is a day old; not otherwise. */
static void test_relatime(void)
{
    test_world_init(&world);
    clock_set(1000);
    int fd = create("/tmp/r");
    CHECK_EQ(vfs_write(V, P, fd, (const uint8_t *)"data", 4), 4);
    uint8_t buffer[4];
    clock_set(1010);
    CHECK_EQ(vfs_pread(V, P, fd, buffer, 4, 0), 4);
    CHECK_EQ(status_of("/tmp/r").accessed.seconds, 1010);
    clock_set(1020);
    CHECK_EQ(vfs_pread(V, P, fd, buffer, 4, 0), 4);
    CHECK_EQ(status_of("/tmp/r").accessed.seconds, 1010);
    clock_set(1010 + 86400);
    CHECK_EQ(vfs_pread(V, P, fd, buffer, 4, 0), 4);
    CHECK_EQ(status_of("/tmp/r").accessed.seconds, 1010 + 86400);
    /* readdir reads a directory. */
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/e"), 0755), 0);
    clock_set(200000);
    int directory = test_open(&world, "/tmp/e", KOITO_POSIX_OPEN_RDONLY, 0);
    uint64_t inode, type;
    char name[16];
    CHECK_EQ(vfs_readdir(P, directory, &inode, &type, name, sizeof name), 1);
    CHECK_EQ(status_of("/tmp/e").accessed.seconds, 200000);
    test_world_fini(&world);
}

static void test_utimens(void)
{
    test_world_init(&world);
    clock_set(3000);
    int fd = create("/tmp/u");
    clock_set(3100);
    struct vfs_time given[2] = {{.seconds = 10, .nanoseconds = 20},
                                {.seconds = -30, .nanoseconds = 40}};
    CHECK_EQ(vfs_utimens(V, P, NULL, S("/tmp/u"), given), 0);
    struct vfs_stat set = status_of("/tmp/u");
    CHECK_EQ(set.accessed.seconds, 10);
    CHECK_EQ(set.accessed.nanoseconds, 20);
    CHECK_EQ(set.modified.seconds, -30);
    CHECK_EQ(set.modified.nanoseconds, 40);
    CHECK_EQ(set.changed.seconds, 3100);

    clock_set(3200);
    struct vfs_time now_and_omit[2] = {{.nanoseconds = VFS_TIME_NOW},
                                       {.nanoseconds = VFS_TIME_OMIT}};
    CHECK_EQ(vfs_futimens(P, fd, now_and_omit), 0);
    set = status_of("/tmp/u");
    CHECK_EQ(set.accessed.seconds, 3200);
    CHECK_EQ(set.modified.seconds, -30);
    CHECK_EQ(set.changed.seconds, 3200);

    /* Both omitted: nothing changes, not even the change time. */
    clock_set(3300);
    struct vfs_time omit[2] = {{.nanoseconds = VFS_TIME_OMIT}, {.nanoseconds = VFS_TIME_OMIT}};
    CHECK_EQ(vfs_futimens(P, fd, omit), 0);
    CHECK_EQ(status_of("/tmp/u").changed.seconds, 3200);

    struct vfs_time bad[2] = {{.nanoseconds = 1000000000u}, {.nanoseconds = 0}};
    CHECK_EQ(vfs_utimens(V, P, NULL, S("/tmp/u"), bad), -EINVAL);
    CHECK_EQ(vfs_utimens(V, P, NULL, S("/tmp/none"), given), -ENOENT);
    CHECK_EQ(vfs_utimens(V, P, NULL, S("/tmp/u/x"), given), -ENOTDIR);
    CHECK_EQ(vfs_utimens(V, P, NULL, S("/etc/motd"), given), -EROFS);
    CHECK_EQ(vfs_futimens(P, 63, given), -EBADF);
    CHECK_EQ(vfs_futimens(P, 1000, given), -EBADF);
    test_world_fini(&world);
}

static void test_chmod_chown(void)
{
    test_world_init(&world);
    clock_set(4000);
    int fd = create("/tmp/m");
    clock_set(4100);
    CHECK_EQ(vfs_chmod(V, P, NULL, S("/tmp/m"), 04751), 0);
    struct vfs_stat status = status_of("/tmp/m");
    CHECK_EQ(status.mode, 0104751);
    CHECK_EQ(status.changed.seconds, 4100);
    CHECK_EQ(status.modified.seconds, 4000);
    CHECK_EQ(vfs_fchmod(P, fd, 0100600), 0); /* type bits in mode are ignored */
    CHECK_EQ(status_of("/tmp/m").mode, 0100600);
    CHECK_EQ(vfs_chmod(V, P, NULL, S("/tmp"), 01777), 0);
    CHECK_EQ(status_of("/tmp").mode, 0041777);
    CHECK_EQ(vfs_chmod(V, P, NULL, S("/tmp/none"), 0600), -ENOENT);
    CHECK_EQ(vfs_chmod(V, P, NULL, S("/etc/motd"), 0600), -EROFS);
    CHECK_EQ(vfs_chmod(V, P, NULL, S("/dev/null"), 0600), -EROFS);
    CHECK_EQ(vfs_fchmod(P, 40, 0600), -EBADF);
    /* Without its write bit, a file cannot be opened for writing. */
    CHECK_EQ(vfs_chmod(V, P, NULL, S("/tmp/m"), 0400), 0);
    CHECK_EQ(test_open(&world, "/tmp/m", KOITO_POSIX_OPEN_WRONLY, 0), -EACCES);

    clock_set(4200);
    CHECK_EQ(vfs_chown(V, P, NULL, S("/tmp/m"), 1000, 100), 0);
    status = status_of("/tmp/m");
    CHECK_EQ(status.owner, 1000);
    CHECK_EQ(status.group, 100);
    CHECK_EQ(status.changed.seconds, 4200);
    CHECK_EQ(vfs_fchown(P, fd, UINT32_MAX, 7), 0);
    status = status_of("/tmp/m");
    CHECK_EQ(status.owner, 1000);
    CHECK_EQ(status.group, 7);
    CHECK_EQ(vfs_chown(V, P, NULL, S("/etc/motd"), 1, 1), -EROFS);
    CHECK_EQ(vfs_chown(V, P, NULL, S("/tmp/none"), 1, 1), -ENOENT);
    CHECK_EQ(vfs_fchown(P, 50, 1, 1), -EBADF);
    test_world_fini(&world);
}

static void test_link(void)
{
    test_world_init(&world);
    int fd = create("/tmp/a");
    CHECK_EQ(vfs_write(V, P, fd, (const uint8_t *)"shared", 6), 6);
    clock_set(5000);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/a"), NULL, S("/tmp/b")), 0);
    struct vfs_stat a = status_of("/tmp/a"), b = status_of("/tmp/b");
    CHECK_EQ(a.inode, b.inode);
    CHECK_EQ(a.links, 2);
    CHECK_EQ(a.changed.seconds, 5000);
    /* One file, two names: a write through one shows through the other. */
    int other = test_open(&world, "/tmp/b", KOITO_POSIX_OPEN_RDONLY, 0);
    uint8_t buffer[6];
    CHECK_EQ(vfs_read(V, P, other, buffer, 6), 6);
    CHECK(memcmp(buffer, "shared", 6) == 0);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/a")), 0);
    CHECK_EQ(status_of("/tmp/b").links, 1);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/b"), NULL, S("/tmp/b")), 0);

    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d"), 0755), 0);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/d"), NULL, S("/tmp/e")), -EPERM);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/b"), NULL, S("/tmp/d")), -EEXIST);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/b"), NULL, S("/tmp/b")), -EEXIST);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/b"), NULL, S("/tmp/..")), -EEXIST);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/none"), NULL, S("/tmp/c")), -ENOENT);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/b"), NULL, S("/tmp/no/c")), -ENOENT);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/b"), NULL, S("/tmp/c/")), -ENOENT);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/b/"), NULL, S("/tmp/c")), -ENOTDIR);
    CHECK_EQ(vfs_link(V, P, NULL, S("/etc/motd"), NULL, S("/tmp/c")), -EXDEV);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/b"), NULL, S("/etc/c")), -EXDEV);
    CHECK_EQ(vfs_link(V, P, NULL, S("/etc/motd"), NULL, S("/etc/c")), -EROFS);
    CHECK_EQ(vfs_chmod(V, P, NULL, S("/tmp/d"), 0555), 0);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/b"), NULL, S("/tmp/d/c")), -EACCES);
    test_world_fini(&world);
}

/* Two names of one file in one directory: unlink and rename take the name they are given, not
 * the file's other name. */
static void test_names_in_one_directory(void)
{
    test_world_init(&world);
    int fd = create("/tmp/first");
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/first"), NULL, S("/tmp/second")), 0);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/second")), 0);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/tmp/second"), &status), -ENOENT);
    CHECK_EQ(status_of("/tmp/first").links, 1);
    CHECK_EQ(vfs_link(V, P, NULL, S("/tmp/first"), NULL, S("/tmp/second")), 0);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/second"), NULL, S("/tmp/third")), 0);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/tmp/second"), &status), -ENOENT);
    CHECK_EQ(status_of("/tmp/first").links, 2);
    CHECK_EQ(status_of("/tmp/third").links, 2);
    /* A rename over one of them keeps the other. */
    int other = create("/tmp/other");
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/other"), NULL, S("/tmp/third")), 0);
    CHECK_EQ(status_of("/tmp/first").links, 1);
    CHECK(status_of("/tmp/third").inode != status_of("/tmp/first").inode);
    CHECK_EQ(vfs_close(P, (uint64_t)fd), 0);
    CHECK_EQ(vfs_close(P, (uint64_t)other), 0);
    test_world_fini(&world);
}

int main(void)
{
    test_initial_times();
    test_times_follow_changes();
    test_relatime();
    test_utimens();
    test_chmod_chown();
    test_link();
    test_names_in_one_directory();
    return check_summary();
}
