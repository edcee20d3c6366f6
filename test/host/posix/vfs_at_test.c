/*
 * Host unit tests of the VFS core's *at support (koito/posix/vfs): vfs_at's choice of starting
 * directory (AT_FDCWD, an absolute or empty path, a directory descriptor, and its EBADF and
 * ENOTDIR), every path operation started from a directory descriptor, AT_EMPTY_PATH's file
 * (vfs_at_empty), a second name for an open file (vfs_link_node), and fchdir.
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

static int open_directory(const char *path)
{
    return test_open(&world, path, KOITO_POSIX_OPEN_RDONLY | KOITO_POSIX_OPEN_DIRECTORY, 0);
}

/* Which directory a path starts from, and the descriptor's two errors. */
static void test_at_resolves_the_descriptor(void)
{
    test_world_init(&world);
    int directory = open_directory("/etc");
    int file = test_open(&world, "/etc/motd", KOITO_POSIX_OPEN_RDONLY, 0);
    CHECK(directory >= 0 && file >= 0);
    struct vfs_node *at = (struct vfs_node *)1;
    CHECK_EQ(vfs_at(P, VFS_AT_CWD, S("motd"), &at), 0);
    CHECK(at == NULL);
    CHECK_EQ(vfs_at(P, (uint64_t)directory, S("motd"), &at), 0);
    CHECK(at != NULL && at->type == VFS_DIRECTORY);
    CHECK_EQ(vfs_at(P, (uint64_t)file, S("motd"), &at), -ENOTDIR);
    CHECK_EQ(vfs_at(P, 40, S("motd"), &at), -EBADF);
    CHECK_EQ(vfs_at(P, VFS_DESCRIPTORS, S("motd"), &at), -EBADF);
    CHECK_EQ(vfs_at(P, (uint64_t)-1, S("motd"), &at), -EBADF);
    /* An absolute or an empty path never looks at the descriptor. */
    CHECK_EQ(vfs_at(P, 40, S("/etc/motd"), &at), 0);
    CHECK(at == NULL);
    CHECK_EQ(vfs_at(P, (uint64_t)file, "", 0, &at), 0);
    CHECK(at == NULL);
    test_world_fini(&world);
}

/* Every path operation starts a relative path from `at`, and an absolute one from the root. */
static void test_operations_start_at_the_directory(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d"), 0755), 0);
    int directory = open_directory("/tmp/d");
    struct vfs_node *at;
    CHECK_EQ(vfs_at(P, (uint64_t)directory, S("f"), &at), 0);

    int fd = vfs_open(V, P, at, S("f"), KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0640);
    CHECK(fd >= 0);
    CHECK(test_exists(&world, "/tmp/d/f"));
    CHECK(!test_exists(&world, "/f") && !test_exists(&world, "/tmp/f"));
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, at, S("f"), &status), 0);
    CHECK_EQ(status.mode & 07777, 0640);
    CHECK_EQ(vfs_stat(V, P, at, S("../d/f"), &status), 0);
    CHECK_EQ(vfs_stat(V, P, at, S("/etc/motd"), &status), 0);
    CHECK_EQ(vfs_stat(V, P, at, S("motd"), &status), -ENOENT);
    CHECK_EQ(vfs_access(V, P, at, S("f"), KOITO_POSIX_ACCESS_W), 0);
    CHECK_EQ(vfs_access(V, P, at, S("f"), KOITO_POSIX_ACCESS_X), -EACCES);
    CHECK_EQ(vfs_chmod(V, P, at, S("f"), 0700), 0);
    CHECK_EQ(vfs_access(V, P, at, S("f"), KOITO_POSIX_ACCESS_X), 0);
    CHECK_EQ(vfs_mkdir(V, P, at, S("sub"), 0755), 0);
    CHECK(test_exists(&world, "/tmp/d/sub"));
    CHECK_EQ(vfs_rename(V, P, at, S("f"), NULL, S("/tmp/g")), 0);
    CHECK(test_exists(&world, "/tmp/g") && !test_exists(&world, "/tmp/d/f"));
    CHECK_EQ(vfs_rename(V, P, NULL, S("/tmp/g"), at, S("sub/h")), 0);
    CHECK(test_exists(&world, "/tmp/d/sub/h"));
    CHECK_EQ(vfs_unlink(V, P, at, S("sub/h")), 0);
    CHECK_EQ(vfs_unlink(V, P, at, S("sub")), -EISDIR);
    CHECK_EQ(vfs_rmdir(V, P, at, S("sub")), 0);
    CHECK(!test_exists(&world, "/tmp/d/sub"));
    CHECK_EQ(vfs_rmdir(V, P, at, S(".")), -EINVAL);
    CHECK_EQ(vfs_close(P, (uint64_t)fd), 0);
    test_world_fini(&world);
}

/* utimensat, fchownat and linkat start a relative path from `at` too, each path of a link from
 * its own directory. */
static void test_attributes_start_at_the_directory(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/d"), 0755), 0);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/e"), 0755), 0);
    int d = open_directory("/tmp/d"), e = open_directory("/tmp/e");
    struct vfs_node *d_at, *e_at;
    CHECK_EQ(vfs_at(P, (uint64_t)d, S("f"), &d_at), 0);
    CHECK_EQ(vfs_at(P, (uint64_t)e, S("f"), &e_at), 0);
    int fd = vfs_open(V, P, d_at, S("f"), KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0600);
    CHECK(fd >= 0);

    const struct vfs_time times[2] = {{.seconds = 1000, .nanoseconds = 7},
                                      {.seconds = 2000, .nanoseconds = 9}};
    CHECK_EQ(vfs_utimens(V, P, d_at, S("f"), times), 0);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/tmp/d/f"), &status), 0);
    CHECK_EQ(status.accessed.seconds, 1000);
    CHECK_EQ(status.modified.seconds, 2000);
    CHECK_EQ(status.modified.nanoseconds, 9);
    CHECK_EQ(vfs_utimens(V, P, e_at, S("f"), times), -ENOENT);
    CHECK_EQ(vfs_utimens(V, P, d_at, S("/etc/motd"), times), -EROFS);

    CHECK_EQ(vfs_chown(V, P, d_at, S("f"), 1000, 100), 0);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/tmp/d/f"), &status), 0);
    CHECK_EQ(status.owner, 1000);
    CHECK_EQ(status.group, 100);
    CHECK_EQ(vfs_chown(V, P, e_at, S("f"), 1, 1), -ENOENT);
    CHECK_EQ(vfs_chown(V, P, d_at, S("f/x"), 1, 1), -ENOTDIR);

    CHECK_EQ(vfs_link(V, P, d_at, S("f"), e_at, S("g")), 0);
    CHECK(test_exists(&world, "/tmp/e/g") && !test_exists(&world, "/tmp/d/g") &&
          !test_exists(&world, "/tmp/g"));
    CHECK_EQ(vfs_stat(V, P, e_at, S("g"), &status), 0);
    CHECK_EQ(status.links, 2);
    CHECK_EQ(vfs_link(V, P, e_at, S("g"), NULL, S("/tmp/h")), 0);
    CHECK(test_exists(&world, "/tmp/h"));
    CHECK_EQ(vfs_link(V, P, e_at, S("f"), d_at, S("x")), -ENOENT);
    CHECK_EQ(vfs_link(V, P, d_at, S("f"), e_at, S("g")), -EEXIST);
    CHECK_EQ(vfs_link(V, P, d_at, S("../e"), d_at, S("x")), -EPERM);
    CHECK_EQ(vfs_close(P, (uint64_t)fd), 0);
    test_world_fini(&world);
}

/* AT_EMPTY_PATH's file is the descriptor's own, whatever its type; a second name for an open
 * file, and the files that cannot get one. */
static void test_empty_path_names_the_descriptor(void)
{
    test_world_init(&world);
    int fd = test_open(&world, "/tmp/f", KOITO_POSIX_OPEN_RDWR | KOITO_POSIX_OPEN_CREAT, 0600);
    int directory = open_directory("/tmp");
    struct vfs_node *node = NULL;
    CHECK_EQ(vfs_at_empty(P, (uint64_t)fd, &node), 0);
    CHECK(node != NULL && node->type == VFS_REGULAR);
    CHECK_EQ(vfs_at_empty(P, (uint64_t)directory, &node), 0);
    CHECK(node != NULL && node->type == VFS_DIRECTORY);
    CHECK_EQ(vfs_at_empty(P, VFS_AT_CWD, &node), 0);
    CHECK(node == P->cwd);
    CHECK_EQ(vfs_at_empty(P, 40, &node), -EBADF);
    CHECK_EQ(vfs_at_empty(P, (uint64_t)-1, &node), -EBADF);

    CHECK_EQ(vfs_at_empty(P, (uint64_t)fd, &node), 0);
    CHECK_EQ(vfs_link_node(V, P, node, NULL, S("/tmp/second")), 0);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/tmp/second"), &status), 0);
    CHECK_EQ(status.links, 2);
    CHECK_EQ(vfs_link_node(V, P, node, NULL, S("/tmp/second")), -EEXIST);
    CHECK_EQ(vfs_link_node(V, P, node, NULL, S("/etc/x")), -EXDEV);
    /* Once its last name goes, an open file gets none back (Linux's ENOENT). */
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/f")), 0);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/tmp/second")), 0);
    CHECK_EQ(vfs_link_node(V, P, node, NULL, S("/tmp/back")), -ENOENT);
    CHECK(!test_exists(&world, "/tmp/back"));
    CHECK_EQ(vfs_at_empty(P, (uint64_t)directory, &node), 0);
    CHECK_EQ(vfs_link_node(V, P, node, NULL, S("/tmp/d")), -EPERM);
    int ends[2];
    CHECK_EQ(vfs_pipe(V, P, 0, ends), 0);
    CHECK_EQ(vfs_at_empty(P, (uint64_t)ends[0], &node), 0);
    CHECK_EQ(vfs_link_node(V, P, node, NULL, S("/tmp/pipe")), -EXDEV);
    CHECK_EQ(vfs_close(P, (uint64_t)fd), 0);
    test_world_fini(&world);
}

/* A directory descriptor whose directory was removed still names it: nothing new goes in. */
static void test_removed_directory_descriptor(void)
{
    test_world_init(&world);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/gone"), 0755), 0);
    int directory = open_directory("/tmp/gone");
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/tmp/gone")), 0);
    struct vfs_node *at;
    CHECK_EQ(vfs_at(P, (uint64_t)directory, S("x"), &at), 0);
    CHECK_EQ(vfs_open(V, P, at, S("x"), KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644),
             -ENOENT);
    CHECK_EQ(vfs_mkdir(V, P, at, S("x"), 0755), -ENOENT);
    CHECK_EQ(vfs_close(P, (uint64_t)directory), 0);
    test_world_fini(&world); /* ASan: the removed directory went with its last descriptor */
}

/* fchdir: a directory descriptor becomes the working directory; its errors. */
static void test_fchdir(void)
{
    test_world_init(&world);
    int directory = open_directory("/etc");
    int file = test_open(&world, "/etc/motd", KOITO_POSIX_OPEN_RDONLY, 0);
    CHECK_EQ(vfs_fchdir(P, (uint64_t)directory), 0);
    char path[64];
    CHECK_EQ(vfs_getcwd(V, P, path, sizeof path), 4);
    CHECK_EQ(memcmp(path, "/etc", 4), 0);
    CHECK(test_exists(&world, "motd"));
    CHECK_EQ(vfs_fchdir(P, (uint64_t)file), -ENOTDIR);
    CHECK_EQ(vfs_fchdir(P, 40), -EBADF);
    CHECK_EQ(vfs_fchdir(P, (uint64_t)-1), -EBADF);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/tmp/closed"), 0600), 0);
    int closed = open_directory("/tmp/closed");
    CHECK_EQ(vfs_fchdir(P, (uint64_t)closed), -EACCES);
    /* The working directory outlives the descriptor it came from. */
    CHECK_EQ(vfs_close(P, (uint64_t)directory), 0);
    CHECK(test_exists(&world, "motd"));
    test_world_fini(&world);
}

int main(void)
{
    test_at_resolves_the_descriptor();
    test_operations_start_at_the_directory();
    test_attributes_start_at_the_directory();
    test_empty_path_names_the_descriptor();
    test_removed_directory_descriptor();
    test_fchdir();
    return check_summary();
}
