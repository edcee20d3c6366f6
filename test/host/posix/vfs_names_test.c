/*
 * Host unit tests of the VFS core's names (koito/posix/vfs): mkdir, rmdir, unlink, rename,
 * readdir, getcwd, chdir, access and path resolution across mounts, each with its errors.
 */
#include "test_support.h"

#include <check.h>
#include <errno.h>
#include <koito/protocol/posix.h>
#include <stdio.h>
#include <string.h>

static struct test_world world;
#define V       (&world.vfs)
#define P       (&world.process)
#define S(text) text, strlen(text)

static void test_mkdir_rmdir(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d"), 0755), 0);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d"), 0755), -EEXIST);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d/e/"), 0755), 0);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/x/y"), 0755), -ENOENT);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/etc/new"), 0755), -EROFS);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/etc/motd/x"), 0755), -ENOTDIR);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp"), 0755), -EEXIST);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/."), 0755), -EEXIST);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/tmp/d/e"), &status), 0);
    CHECK_EQ(status.mode, 0040755);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/d")), -ENOTEMPTY);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/d/e/.")), -EINVAL);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/d/e/..")), -EBUSY);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/d/e")), 0);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/d/e")), -ENOENT);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp")), -EBUSY);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/")), -EBUSY);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/empty")), -EROFS);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/etc/motd")), -ENOTDIR);
    int fd = test_open(&world, "/tmp/d/f", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644);
    CHECK(fd >= 0);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/d/f")), -ENOTDIR);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/d")), -EISDIR);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/d/f")), 0);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/d/f")), -ENOENT);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/etc/motd")), -EROFS);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/etc/motd/")), -ENOTDIR);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/d")), 0);
    test_world_fini(&world);
}

/* The directory limit: VFS_DIRECTORY_MAX entries, then ENOSPC. */
static void test_directory_limit(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/many"), 0755), 0);
    int failures = 0;
    char path[64];
    for (unsigned i = 0; i < VFS_DIRECTORY_MAX; i++) {
        snprintf(path, sizeof path, "/tmp/many/%u", i);
        failures += vfs_mkdir(V, P, NULL, S(path), 0755) != 0;
    }
    CHECK_EQ(failures, 0);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/many/one-more"), 0755), -ENOSPC);
    CHECK(test_exists(&world, "/tmp/many/9999"));
    test_world_fini(&world);
}

static void test_rename(void)
{
    test_world_init(&world);
    int fd = test_open(&world, "/tmp/a", KOITO_POSIX_OPEN_RDWR | KOITO_POSIX_OPEN_CREAT, 0644);
    CHECK_EQ(vfs_write(V, P, (uint64_t)fd, (const uint8_t *)"A", 1), 1);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/a"), NULL, S("/tmp/b")), 0);
    CHECK(!test_exists(&world, "/tmp/a") && test_exists(&world, "/tmp/b"));
    /* Replacing a file. */
    test_open(&world, "/tmp/c", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/b"), NULL, S("/tmp/c")), 0);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/tmp/c"), &status), 0);
    CHECK_EQ(status.size, 1);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/c"), NULL, S("/tmp/c")), 0);
    /* Directories. */
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d"), 0755), 0);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/e"), 0755), 0);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/e/inner"), 0755), 0);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/d"), NULL, S("/tmp/e")), -ENOTEMPTY);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/d"), NULL, S("/tmp/c")), -ENOTDIR);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/c"), NULL, S("/tmp/d")), -EISDIR);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/e"), NULL, S("/tmp/e/inner/x")), -EINVAL);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/d"), NULL, S("/tmp/e/inner/d")), 0);
    CHECK(test_exists(&world, "/tmp/e/inner/d"));
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/e/inner/d"), NULL, S("/tmp/f/")), 0);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/c"), NULL, S("/tmp/g/")), -ENOTDIR);
    /* Errors. */
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/none"), NULL, S("/tmp/x")), -ENOENT);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/c"), NULL, S("/tmp/none/x")), -ENOENT);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/c"), NULL, S("/etc/c")), -EXDEV);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/etc/motd"), NULL, S("/etc/motd2")), -EROFS);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp"), NULL, S("/tmp2")), -EBUSY);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/c"), NULL, S("/tmp/.")), -EBUSY);
    /* The open descriptor still reaches the renamed file. */
    CHECK_EQ(vfs_pread(V, P, (uint64_t)fd, (uint8_t[1]){0}, 1, 0), 1);
    test_world_fini(&world);
}

static void test_readdir(void)
{
    test_world_init(&world);
    int fd = test_open(&world, "/", KOITO_POSIX_OPEN_RDONLY | KOITO_POSIX_OPEN_DIRECTORY, 0);
    CHECK(fd >= 0);
    char names[512] = "";
    char name[VFS_NAME_MAX];
    uint64_t inode, type;
    long length;
    bool tmp_is_directory = false;
    while ((length = vfs_readdir(P, (uint64_t)fd, &inode, &type, name, sizeof name)) > 0) {
        strncat(names, name, (size_t)length);
        strcat(names, " ");
        if (length == 3 && memcmp(name, "tmp", 3) == 0)
            tmp_is_directory = type == 4;
    }
    CHECK_EQ(length, 0);
    CHECK(strcmp(names, ". .. etc bin empty tmp dev proc ") == 0);
    CHECK(tmp_is_directory);
    CHECK_EQ(vfs_readdir(P, (uint64_t)fd, &inode, &type, name, sizeof name), 0);
    CHECK_EQ(vfs_read(V, P, (uint64_t)fd, (uint8_t *)name, 1), -EISDIR);
    int file = test_open(&world, "/etc/motd", KOITO_POSIX_OPEN_RDONLY, 0);
    CHECK_EQ(vfs_readdir(P, (uint64_t)file, &inode, &type, name, sizeof name), -ENOTDIR);
    CHECK_EQ(vfs_readdir(P, 40, &inode, &type, name, sizeof name), -EBADF);
    /* The dev file system's entries and their types. */
    int dev = test_open(&world, "/dev", KOITO_POSIX_OPEN_RDONLY, 0);
    vfs_readdir(P, (uint64_t)dev, &inode, &type, name, sizeof name);
    vfs_readdir(P, (uint64_t)dev, &inode, &type, name, sizeof name);
    CHECK_EQ(vfs_readdir(P, (uint64_t)dev, &inode, &type, name, sizeof name), 7);
    CHECK(memcmp(name, "console", 7) == 0);
    CHECK_EQ(type, 2);
    CHECK_EQ(vfs_readdir(P, (uint64_t)dev, &inode, &type, name, 2), -ERANGE);
    test_world_fini(&world);
}

/* The next name readdir gives on fd, NUL-terminated in name; "" at the end. */
static const char *next_name(int fd, char *name, size_t capacity)
{
    uint64_t inode, type;
    long length = vfs_readdir(P, (uint64_t)fd, &inode, &type, name, capacity - 1);
    CHECK(length >= 0);
    name[length < 0 ? 0 : length] = '\0';
    return name;
}

/* Names removed and added while a directory is read: every name that stays comes exactly once,
 * whether it came before or after a removed one (rm -r's loop: read a name, unlink it). */
static void test_readdir_while_changing(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d"), 0755), 0);
    static const char *const files[] = {"/tmp/d/a", "/tmp/d/b", "/tmp/d/c", "/tmp/d/e", "/tmp/d/f"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        CHECK(test_open(&world, files[i], KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644) >=
              0);
    int fd = test_open(&world, "/tmp/d", KOITO_POSIX_OPEN_RDONLY | KOITO_POSIX_OPEN_DIRECTORY, 0);
    CHECK(fd >= 0);
    char name[VFS_NAME_MAX + 1];
    CHECK(strcmp(next_name(fd, name, sizeof name), ".") == 0);
    CHECK(strcmp(next_name(fd, name, sizeof name), "..") == 0);
    CHECK(strcmp(next_name(fd, name, sizeof name), "a") == 0);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/d/a")), 0); /* the name just read */
    CHECK(strcmp(next_name(fd, name, sizeof name), "b") == 0);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/d/a")), -ENOENT);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/d/b")), 0);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/d/e")), 0); /* one not reached yet */
    CHECK(test_open(&world, "/tmp/d/g", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644) >=
          0);
    CHECK(strcmp(next_name(fd, name, sizeof name), "c") == 0);
    CHECK(strcmp(next_name(fd, name, sizeof name), "f") == 0);
    CHECK(strcmp(next_name(fd, name, sizeof name), "g") == 0);
    CHECK(strcmp(next_name(fd, name, sizeof name), "") == 0);
    /* Back to the start (rewinddir): what is there now. */
    CHECK_EQ(vfs_seek(P, (uint64_t)fd, 0, KOITO_POSIX_SEEK_SET), 0);
    char names[64] = "";
    while (*next_name(fd, name, sizeof name) != '\0') {
        strcat(names, name);
        strcat(names, " ");
    }
    CHECK(strcmp(names, ". .. c f g ") == 0);
    test_world_fini(&world);
}

static void test_working_directory(void)
{
    test_world_init(&world);
    char path[VFS_PATH_MAX];
    CHECK_EQ(vfs_getcwd(V, P, path, sizeof path), 1);
    CHECK_EQ(path[0], '/');
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/work"), 0755), 0);
    CHECK_EQ(vfs_chdir(V, P, S("/tmp/work")), 0);
    CHECK_EQ(vfs_getcwd(V, P, path, sizeof path), 9);
    CHECK(memcmp(path, "/tmp/work", 9) == 0);
    CHECK_EQ(vfs_getcwd(V, P, path, 4), -ERANGE);
    /* Relative paths start there; ".." climbs out of the tmpfs into the root. */
    CHECK(test_open(&world, "here", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644) >= 0);
    CHECK(test_exists(&world, "/tmp/work/here"));
    CHECK(test_exists(&world, "../../etc/motd"));
    CHECK(test_exists(&world, "./../work/./here"));
    CHECK(test_exists(&world, "/../../tmp/work"));
    CHECK_EQ(vfs_chdir(V, P, S("../..")), 0);
    CHECK_EQ(vfs_getcwd(V, P, path, sizeof path), 1);
    CHECK_EQ(vfs_chdir(V, P, S("/etc/motd")), -ENOTDIR);
    CHECK_EQ(vfs_chdir(V, P, S("/nothing")), -ENOENT);
    CHECK_EQ(vfs_chdir(V, P, S("")), -ENOENT);
    /* A removed working directory: getcwd says ENOENT. */
    CHECK_EQ(vfs_chdir(V, P, S("/tmp/work")), 0);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("here")), 0);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/work")), 0);
    CHECK_EQ(vfs_getcwd(V, P, path, sizeof path), -ENOENT);
    test_world_fini(&world); /* the removed directory is freed with the process */
}

static void test_access(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_access(V, P, NULL, S("/etc/motd"), 0), 0);
    CHECK_EQ(vfs_access(V, P, NULL, S("/etc/motd"), KOITO_POSIX_ACCESS_R), 0);
    CHECK_EQ(vfs_access(V, P, NULL, S("/etc/motd"), KOITO_POSIX_ACCESS_W), -EROFS);
    CHECK_EQ(vfs_access(V, P, NULL, S("/etc/motd"), KOITO_POSIX_ACCESS_X), -EACCES);
    CHECK_EQ(vfs_access(V, P, NULL, S("/bin/prog"), KOITO_POSIX_ACCESS_X), 0);
    CHECK_EQ(vfs_access(V, P, NULL, S("/tmp"), KOITO_POSIX_ACCESS_W), 0);
    CHECK_EQ(vfs_access(V, P, NULL, S("/dev/null"), KOITO_POSIX_ACCESS_W), 0);
    CHECK_EQ(vfs_access(V, P, NULL, S("/nothing"), 0), -ENOENT);
    CHECK_EQ(vfs_access(V, P, NULL, S("/etc/motd"), 8), -EINVAL);
    test_world_fini(&world);
}

/*
 * A removed directory takes no new names (ENOENT, as on Linux): neither mkdir, an O_CREAT open
 * nor a rename into it, whether it was removed by rmdir or replaced by a rename; otherwise the
 * new node would hang below a directory no path leads to and leak when it is freed.
 */
static void test_removed_directory_takes_no_names(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/gone"), 0755), 0);
    CHECK_EQ(vfs_chdir(V, P, S("/tmp/gone")), 0);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/gone")), 0);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("a"), 0755), -ENOENT);
    CHECK_EQ(test_open(&world, "f", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644),
             -ENOENT);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/kept"), 0755), 0);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/kept"), NULL, S("b")), -ENOENT);
    CHECK(test_exists(&world, "/tmp/kept"));
    /* Replaced by a rename: the same. */
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/cwd"), 0755), 0);
    CHECK_EQ(vfs_chdir(V, P, S("/tmp/cwd")), 0);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/kept"), NULL, S("/tmp/cwd")), 0);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("a"), 0755), -ENOENT);
    CHECK_EQ(vfs_stat(V, P, NULL, S("a"), &(struct vfs_stat){0}), -ENOENT);
    CHECK(test_exists(&world, "/tmp/cwd"));
    test_world_fini(&world); /* ASan finds any node left below the removed directories */
}

/* Two processes: separate tables and working directories over one tree. */
static void test_processes_share_the_tree(void)
{
    test_world_init(&world);
    struct vfs_process other;
    CHECK_EQ(vfs_process_init(V, &other, 8, 7), 0);
    CHECK_EQ(vfs_chdir(V, &other, S("/tmp")), 0);
    int fd = vfs_open(V, &other, NULL, S("shared"),
                      KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644);
    CHECK_EQ(fd, 3);
    CHECK(test_exists(&world, "/tmp/shared"));
    CHECK_EQ(vfs_close(P, 3), -EBADF);
    vfs_process_release(&other);
    CHECK(test_exists(&world, "/tmp/shared"));
    test_world_fini(&world);
}

/* A malformed archive is refused whole. */
static void test_malformed_initrd(void)
{
    struct vfs vfs;
    CHECK_EQ(vfs_init(&vfs, "070701zz", 8, NULL, NULL), -EINVAL);
    CHECK_EQ(vfs_init(&vfs, NULL, 0, NULL, NULL), 0);
    vfs_destroy(&vfs);
}

/* A container's server serves one directory of the archive as its root: nothing outside it has
 * a name, ".." at the root stays there, and /tmp and /dev are its own. */
static void test_root_directory(void)
{
    struct test_world world;
    test_world_init(&world);
    struct vfs contained;
    CHECK_EQ(vfs_init(&contained, world.archive, world.archive_size, "etc", NULL), 0);
    struct vfs_process process;
    CHECK_EQ(vfs_process_init(&contained, &process, 9, 0), 0);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(&contained, &process, NULL, S("/motd"), &status), 0);
    CHECK_EQ(status.size, 13u);
    CHECK_EQ(vfs_stat(&contained, &process, NULL, S("/etc/motd"), &status), -ENOENT);
    CHECK_EQ(vfs_stat(&contained, &process, NULL, S("/bin/prog"), &status), -ENOENT);
    CHECK_EQ(vfs_stat(&contained, &process, NULL, S("/../../motd"), &status), 0);
    CHECK_EQ(vfs_stat(&contained, &process, NULL, S("/tmp"), &status), 0);
    CHECK_EQ(vfs_stat(&contained, &process, NULL, S("/dev/null"), &status), 0);
    int fd = vfs_open(&contained, &process, NULL, S("/tmp/secret"),
                      KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0600);
    CHECK_EQ(fd, 3);
    CHECK_EQ(vfs_stat(&world.vfs, &world.process, NULL, S("/tmp/secret"), &status), -ENOENT);
    vfs_process_release(&process);
    vfs_destroy(&contained);
    /* A root the archive has nothing below: a missing directory, a file, a prefix of a name. */
    CHECK_EQ(vfs_init(&contained, world.archive, world.archive_size, "nothing", NULL), -ENOENT);
    CHECK_EQ(vfs_init(&contained, world.archive, world.archive_size, "bin/prog", NULL), -ENOENT);
    CHECK_EQ(vfs_init(&contained, world.archive, world.archive_size, "bi", NULL), -ENOENT);
    CHECK_EQ(vfs_init(&contained, world.archive, world.archive_size, "empty", NULL), -ENOENT);
    test_world_fini(&world);
}

int main(void)
{
    test_mkdir_rmdir();
    test_directory_limit();
    test_rename();
    test_readdir();
    test_readdir_while_changing();
    test_working_directory();
    test_removed_directory_takes_no_names();
    test_access();
    test_processes_share_the_tree();
    test_malformed_initrd();
    test_root_directory();
    return check_summary();
}
