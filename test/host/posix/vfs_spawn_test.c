/*
 * Host unit tests of posix_spawn's part of the VFS core (koito/posix/vfs/vfs_spawn.c): the
 * child's table inherited from the parent, each file action with its errors, close-on-exec
 * after the actions, and which files are programs.
 */
#include "test_support.h"

#include <check.h>
#include <errno.h>
#include <koito/protocol/posix.h>
#include <string.h>

static struct test_world world;
#define V (&world.vfs)
#define P (&world.process)

static struct vfs_spawn_action open_action(int32_t descriptor, const char *path, uint32_t flags)
{
    return (struct vfs_spawn_action){.kind = KOITO_POSIX_SPAWN_ACTION_OPEN,
                                     .descriptor = descriptor,
                                     .open_flags = flags,
                                     .mode = 0644,
                                     .path = path,
                                     .path_length = strlen(path)};
}

static struct vfs_spawn_action action(uint32_t kind, int32_t descriptor, int32_t target)
{
    return (struct vfs_spawn_action){.kind = kind, .descriptor = descriptor, .target = target};
}

/* The child shares the parent's open files (and their positions); close-on-exec ones close only
 * at exec, so an action may still use them. */
static void test_inherit_and_exec(void)
{
    test_world_init(&world);
    int kept = test_open(&world, "/etc/motd", KOITO_POSIX_OPEN_RDONLY, 0);
    int marked =
        test_open(&world, "/etc/motd", KOITO_POSIX_OPEN_RDONLY | KOITO_POSIX_OPEN_CLOEXEC, 0);
    CHECK_EQ(kept, 3);
    CHECK_EQ(marked, 4);
    CHECK_EQ(vfs_umask(P, 027), 0);
    struct vfs_process child;
    vfs_process_inherit(&child, P);
    CHECK_EQ(child.parent, 7);
    CHECK_EQ(child.pid, 0);
    CHECK_EQ(child.umask, 027);
    CHECK(child.cwd == P->cwd);
    CHECK(vfs_descriptor_file(&child, 3) == vfs_descriptor_file(P, 3));
    CHECK_EQ(vfs_descriptor_file(P, 3)->references, 2);
    uint8_t byte;
    CHECK_EQ(vfs_read(V, &child, 3, &byte, 1), 1); /* the shared position moves for both */
    CHECK_EQ(vfs_seek(P, 3, 0, KOITO_POSIX_SEEK_CUR), 1);
    struct vfs_spawn_action keep = action(KOITO_POSIX_SPAWN_ACTION_DUP2, 4, 5);
    CHECK_EQ(vfs_spawn_action(V, &child, &keep), 0);
    vfs_spawn_exec(&child);
    CHECK(vfs_descriptor_file(&child, 4) == NULL);
    CHECK(vfs_descriptor_file(&child, 5) != NULL);
    CHECK(vfs_descriptor_file(&child, 3) != NULL);
    CHECK(vfs_descriptor_file(&child, 0) != NULL);
    CHECK_EQ(vfs_fcntl(P, 4, KOITO_POSIX_FCNTL_GETFD, 0), KOITO_POSIX_FD_CLOEXEC);
    vfs_process_release(&child);
    CHECK_EQ(vfs_descriptor_file(P, 3)->references, 1);
    test_world_fini(&world);
}

static void test_open_action(void)
{
    test_world_init(&world);
    struct vfs_process child;
    vfs_process_inherit(&child, P);
    /* Opened at the lowest free descriptor (3), then moved to 9. */
    struct vfs_spawn_action opened =
        open_action(9, "/tmp/out", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT);
    CHECK_EQ(vfs_spawn_action(V, &child, &opened), 0);
    CHECK(vfs_descriptor_file(&child, 9) != NULL);
    CHECK(vfs_descriptor_file(&child, 3) == NULL);
    CHECK(vfs_descriptor_file(P, 9) == NULL);
    /* Over an open descriptor: it is replaced. */
    struct vfs_spawn_action over = open_action(1, "/tmp/out", KOITO_POSIX_OPEN_WRONLY);
    CHECK_EQ(vfs_spawn_action(V, &child, &over), 0);
    CHECK(vfs_descriptor_file(&child, 1) != vfs_descriptor_file(P, 1));
    CHECK_EQ(vfs_write(V, &child, 1, (const uint8_t *)"hi", 2), 2);
    /* At the lowest free descriptor itself, with close-on-exec. */
    struct vfs_spawn_action lowest =
        open_action(3, "/etc/motd", KOITO_POSIX_OPEN_RDONLY | KOITO_POSIX_OPEN_CLOEXEC);
    CHECK_EQ(vfs_spawn_action(V, &child, &lowest), 0);
    CHECK_EQ(vfs_fcntl(&child, 3, KOITO_POSIX_FCNTL_GETFD, 0), KOITO_POSIX_FD_CLOEXEC);
    struct vfs_spawn_action moved =
        open_action(6, "/etc/motd", KOITO_POSIX_OPEN_RDONLY | KOITO_POSIX_OPEN_CLOEXEC);
    CHECK_EQ(vfs_spawn_action(V, &child, &moved), 0);
    CHECK_EQ(vfs_fcntl(&child, 6, KOITO_POSIX_FCNTL_GETFD, 0), KOITO_POSIX_FD_CLOEXEC);
    /* Errors: open's own, and descriptors out of range. */
    struct vfs_spawn_action missing = open_action(4, "/tmp/none", KOITO_POSIX_OPEN_RDONLY);
    CHECK_EQ(vfs_spawn_action(V, &child, &missing), -ENOENT);
    struct vfs_spawn_action read_only = open_action(4, "/etc/motd", KOITO_POSIX_OPEN_WRONLY);
    CHECK_EQ(vfs_spawn_action(V, &child, &read_only), -EROFS);
    struct vfs_spawn_action negative = open_action(-1, "/etc/motd", KOITO_POSIX_OPEN_RDONLY);
    CHECK_EQ(vfs_spawn_action(V, &child, &negative), -EBADF);
    struct vfs_spawn_action beyond =
        open_action(VFS_DESCRIPTORS, "/etc/motd", KOITO_POSIX_OPEN_RDONLY);
    CHECK_EQ(vfs_spawn_action(V, &child, &beyond), -EBADF);
    vfs_spawn_exec(&child);
    CHECK(vfs_descriptor_file(&child, 3) == NULL);
    CHECK(vfs_descriptor_file(&child, 6) == NULL);
    vfs_process_release(&child);
    test_world_fini(&world);
}

static void test_close_and_dup2_actions(void)
{
    test_world_init(&world);
    struct vfs_process child;
    vfs_process_inherit(&child, P);
    struct vfs_spawn_action close_two = action(KOITO_POSIX_SPAWN_ACTION_CLOSE, 2, 0);
    CHECK_EQ(vfs_spawn_action(V, &child, &close_two), 0);
    CHECK(vfs_descriptor_file(&child, 2) == NULL);
    CHECK(vfs_descriptor_file(P, 2) != NULL);
    CHECK_EQ(vfs_spawn_action(V, &child, &close_two), 0); /* not open: no error */
    struct vfs_spawn_action close_far = action(KOITO_POSIX_SPAWN_ACTION_CLOSE, 64, 0);
    CHECK_EQ(vfs_spawn_action(V, &child, &close_far), -EBADF);
    struct vfs_spawn_action copy = action(KOITO_POSIX_SPAWN_ACTION_DUP2, 1, 2);
    CHECK_EQ(vfs_spawn_action(V, &child, &copy), 0);
    CHECK(vfs_descriptor_file(&child, 2) == vfs_descriptor_file(&child, 1));
    struct vfs_spawn_action from_closed = action(KOITO_POSIX_SPAWN_ACTION_DUP2, 5, 1);
    CHECK_EQ(vfs_spawn_action(V, &child, &from_closed), -EBADF);
    struct vfs_spawn_action to_far = action(KOITO_POSIX_SPAWN_ACTION_DUP2, 1, 64);
    CHECK_EQ(vfs_spawn_action(V, &child, &to_far), -EBADF);
    struct vfs_spawn_action to_negative = action(KOITO_POSIX_SPAWN_ACTION_DUP2, 1, -3);
    CHECK_EQ(vfs_spawn_action(V, &child, &to_negative), -EBADF);
    struct vfs_spawn_action unknown = action(9, 1, 0);
    CHECK_EQ(vfs_spawn_action(V, &child, &unknown), -EINVAL);
    vfs_process_release(&child);
    test_world_fini(&world);
}

static void test_executable(void)
{
    test_world_init(&world);
    const uint8_t *image = NULL;
    uint64_t size = 0;
    CHECK_EQ(vfs_executable(V, P, "/bin/elf", 8, &image, &size), 0);
    CHECK_EQ(size, 12);
    CHECK(image != NULL && memcmp(image, "\177ELF", 4) == 0);
    CHECK(image >= world.archive && image + size <= world.archive + world.archive_size);
    CHECK_EQ(vfs_executable(V, P, "/bin/prog", 9, &image, &size), -ENOEXEC); /* not ELF */
    CHECK_EQ(vfs_executable(V, P, "/etc/motd", 9, &image, &size), -EACCES);  /* 0644 */
    CHECK_EQ(vfs_executable(V, P, "/bin", 4, &image, &size), -EACCES);       /* a directory */
    CHECK_EQ(vfs_executable(V, P, "/dev/null", 9, &image, &size), -EACCES);
    CHECK_EQ(vfs_executable(V, P, "/bin/none", 9, &image, &size), -ENOENT);
    CHECK_EQ(vfs_executable(V, P, "/etc/motd/x", 11, &image, &size), -ENOTDIR);
    CHECK_EQ(vfs_executable(V, P, "/bin/elf/", 9, &image, &size), -ENOTDIR);
    /* A tmpfs file, even executable and ELF-looking, is out of the loader's reach. */
    int fd = test_open(&world, "/tmp/elf", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0755);
    CHECK_EQ(vfs_write(V, P, (uint64_t)fd, (const uint8_t *)"\177ELF", 4), 4);
    CHECK_EQ(vfs_executable(V, P, "/tmp/elf", 8, &image, &size), -ENOEXEC);
    /* Relative to the working directory. */
    CHECK_EQ(vfs_chdir(V, P, "/bin", 4), 0);
    CHECK_EQ(vfs_executable(V, P, "elf", 3, &image, &size), 0);
    test_world_fini(&world);
}

int main(void)
{
    test_inherit_and_exec();
    test_open_action();
    test_close_and_dup2_actions();
    test_executable();
    return check_summary();
}
