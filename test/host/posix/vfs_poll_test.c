/*
 * Host unit tests of readiness in the VFS core (koito/posix/vfs/vfs_poll.c): files and devices
 * always ready, the console left to the console server, pipe ends readable, writable, hung up
 * and in error as their ring and their other end say, descriptors that are not open, and which
 * pipe changes a set of descriptors watches.
 */
#include "test_support.h"

#include <check.h>
#include <koito/protocol/posix.h>
#include <string.h>

static struct test_world world;
#define V      (&world.vfs)
#define P      (&world.process)
#define BIT(d) (1ull << (d))

static void test_files_and_devices(void)
{
    test_world_init(&world);
    int file = test_open(&world, "/etc/motd", KOITO_POSIX_OPEN_RDONLY, 0);
    int null = test_open(&world, "/dev/null", KOITO_POSIX_OPEN_WRONLY, 0);
    int directory = test_open(&world, "/tmp", KOITO_POSIX_OPEN_RDONLY, 0);
    CHECK(file >= 3 && null > file && directory > null);
    uint64_t set = BIT(file) | BIT(null) | BIT(directory);
    struct vfs_readiness ready;
    vfs_poll(P, set | BIT(0) | BIT(1), &ready);
    CHECK_EQ(ready.readable, set);
    CHECK_EQ(ready.writable, set | BIT(0) | BIT(1));
    CHECK_EQ(ready.console, BIT(0) | BIT(1));
    CHECK_EQ(ready.hangup | ready.failed | ready.invalid, 0);
    /* Not open: only invalid; nothing asked: nothing answered. */
    vfs_poll(P, BIT(40) | BIT(63), &ready);
    CHECK_EQ(ready.invalid, BIT(40) | BIT(63));
    CHECK_EQ(ready.readable | ready.writable | ready.console, 0);
    vfs_poll(P, 0, &ready);
    CHECK_EQ(ready.readable | ready.writable | ready.invalid, 0);
    test_world_fini(&world);
}

static void test_pipe_ends(void)
{
    test_world_init(&world);
    int ends[2];
    CHECK_EQ(vfs_pipe(V, P, 0, ends), 0);
    uint64_t both = BIT(ends[0]) | BIT(ends[1]);
    struct vfs_readiness ready;
    vfs_poll(P, both, &ready);
    CHECK_EQ(ready.readable, 0);
    CHECK_EQ(ready.writable, BIT(ends[1]));
    static uint8_t block[VFS_PIPE_CAPACITY];
    CHECK_EQ(vfs_write(V, P, ends[1], block, 1), 1);
    vfs_poll(P, both, &ready);
    CHECK_EQ(ready.readable, BIT(ends[0]));
    CHECK_EQ(ready.writable, BIT(ends[1]));
    /* Less than PIPE_BUF of room: not writable; exactly PIPE_BUF: writable. */
    size_t fill = VFS_PIPE_CAPACITY - VFS_PIPE_ATOMIC;
    CHECK_EQ(vfs_write(V, P, ends[1], block, fill), (long)fill);
    vfs_poll(P, both, &ready);
    CHECK_EQ(ready.writable, 0);
    CHECK_EQ(vfs_read(V, P, ends[0], block, 1), 1);
    vfs_poll(P, both, &ready);
    CHECK_EQ(ready.writable, BIT(ends[1]));
    /* The writer goes: hung up, still readable while bytes are left. */
    CHECK_EQ(vfs_close(P, ends[1]), 0);
    vfs_poll(P, both, &ready);
    CHECK_EQ(ready.readable, BIT(ends[0]));
    CHECK_EQ(ready.hangup, BIT(ends[0]));
    CHECK_EQ(ready.invalid, BIT(ends[1]));
    CHECK_EQ(vfs_close(P, ends[0]), 0);
    /* The reader goes: the write end is in error, not writable. */
    CHECK_EQ(vfs_pipe(V, P, 0, ends), 0);
    CHECK_EQ(vfs_close(P, ends[0]), 0);
    vfs_poll(P, BIT(ends[1]), &ready);
    CHECK_EQ(ready.failed, BIT(ends[1]));
    CHECK_EQ(ready.writable, 0);
    CHECK_EQ(vfs_close(P, ends[1]), 0);
    test_world_fini(&world);
}

static void test_watches(void)
{
    test_world_init(&world);
    int first[2], second[2];
    CHECK_EQ(vfs_pipe(V, P, 0, first), 0);
    CHECK_EQ(vfs_pipe(V, P, 0, second), 0);
    const struct vfs_node *one = P->descriptors[first[0]].file->node;
    const struct vfs_node *two = P->descriptors[second[1]].file->node;
    CHECK(vfs_poll_watches(P, BIT(first[1]), one));
    CHECK(!vfs_poll_watches(P, BIT(first[0]) | BIT(first[1]), two));
    CHECK(vfs_poll_watches(P, BIT(first[0]) | BIT(second[0]), two));
    CHECK(!vfs_poll_watches(P, 0, one));
    CHECK(!vfs_poll_watches(P, BIT(60), one)); /* not open */
    test_world_fini(&world);
}

int main(void)
{
    test_files_and_devices();
    test_pipe_ends();
    test_watches();
    return check_summary();
}
