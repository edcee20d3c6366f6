/*
 * Host unit tests of pipes in the VFS core (koito/posix/vfs/vfs_pipe.c): the ends pipe() makes,
 * the ring's order across its wrap, PIPE_BUF atomicity, end of file when the last writer goes,
 * EPIPE when the last reader goes, O_NONBLOCK (-EAGAIN) against a blocking end (VFS_PIPE_WAIT),
 * ends shared by dup and a spawned child, and every error.
 */
#include "test_support.h"

#include <check.h>
#include <errno.h>
#include <koito/protocol/posix.h>
#include <stdlib.h>
#include <string.h>

static struct test_world world;
#define V (&world.vfs)
#define P (&world.process)

static void test_pipe_ends(void)
{
    test_world_init(&world);
    int ends[2] = {-1, -1};
    CHECK_EQ(vfs_pipe(V, P, 0, ends), 0);
    CHECK_EQ(ends[0], 3);
    CHECK_EQ(ends[1], 4);
    struct vfs_stat status;
    CHECK_EQ(vfs_fstat(P, 3, &status), 0);
    CHECK_EQ(status.mode, 0010600);
    CHECK_EQ(status.device, 4);
    CHECK_EQ(vfs_fcntl(P, 3, KOITO_POSIX_FCNTL_GETFL, 0), KOITO_POSIX_OPEN_RDONLY);
    CHECK_EQ(vfs_fcntl(P, 4, KOITO_POSIX_FCNTL_GETFL, 0), KOITO_POSIX_OPEN_WRONLY);
    CHECK_EQ(vfs_fcntl(P, 3, KOITO_POSIX_FCNTL_GETFD, 0), 0);
    CHECK_EQ(vfs_write(V, P, 4, (const uint8_t *)"hello", 5), 5);
    uint8_t text[16] = {0};
    CHECK_EQ(vfs_read(V, P, 3, text, 3), 3);
    CHECK(memcmp(text, "hel", 3) == 0);
    CHECK_EQ(vfs_read(V, P, 3, text, sizeof text), 2);
    CHECK(memcmp(text, "lo", 2) == 0);
    CHECK_EQ(vfs_read(V, P, 3, text, 0), 0);
    /* Each end is one way only, and has no position. */
    CHECK_EQ(vfs_read(V, P, 4, text, 1), -EBADF);
    CHECK_EQ(vfs_write(V, P, 3, text, 1), -EBADF);
    CHECK_EQ(vfs_seek(P, 3, 0, KOITO_POSIX_SEEK_SET), -ESPIPE);
    CHECK_EQ(vfs_pread(V, P, 3, text, 1, 0), -ESPIPE);
    CHECK_EQ(vfs_pwrite(V, P, 4, text, 1, 0), -ESPIPE);
    CHECK_EQ(vfs_truncate(P, 4, 0), -EINVAL);
    /* Flags: close-on-exec on both descriptors, O_NONBLOCK on both open files. */
    CHECK_EQ(vfs_pipe(V, P, KOITO_POSIX_OPEN_CLOEXEC | KOITO_POSIX_OPEN_NONBLOCK, ends), 0);
    CHECK_EQ(ends[0], 5);
    CHECK_EQ(ends[1], 6);
    CHECK_EQ(vfs_fcntl(P, 5, KOITO_POSIX_FCNTL_GETFD, 0), KOITO_POSIX_FD_CLOEXEC);
    CHECK_EQ(vfs_fcntl(P, 6, KOITO_POSIX_FCNTL_GETFL, 0),
             KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_NONBLOCK);
    CHECK_EQ(vfs_pipe(V, P, KOITO_POSIX_OPEN_APPEND, ends), -EINVAL);
    test_world_fini(&world);
}

/* Empty and full: a blocking end waits, a non-blocking one answers EAGAIN; fcntl switches. */
static void test_empty_and_full(void)
{
    test_world_init(&world);
    int ends[2];
    CHECK_EQ(vfs_pipe(V, P, 0, ends), 0);
    uint8_t byte = 0;
    CHECK_EQ(vfs_read(V, P, 3, &byte, 1), VFS_PIPE_WAIT);
    CHECK_EQ(vfs_fcntl(P, 3, KOITO_POSIX_FCNTL_SETFL, KOITO_POSIX_OPEN_NONBLOCK), 0);
    CHECK_EQ(vfs_read(V, P, 3, &byte, 1), -EAGAIN);
    uint8_t *block = malloc(VFS_PIPE_CAPACITY + 1);
    CHECK(block != NULL);
    for (size_t i = 0; i < VFS_PIPE_CAPACITY + 1; i++)
        block[i] = (uint8_t)(i * 7 + 3);
    /* A long write takes the room there is. */
    CHECK_EQ(vfs_write(V, P, 4, block, VFS_PIPE_CAPACITY + 1), VFS_PIPE_CAPACITY);
    CHECK_EQ(vfs_write(V, P, 4, block, 1), VFS_PIPE_WAIT);
    CHECK_EQ(vfs_fcntl(P, 4, KOITO_POSIX_FCNTL_SETFL, KOITO_POSIX_OPEN_NONBLOCK), 0);
    CHECK_EQ(vfs_write(V, P, 4, block, 1), -EAGAIN);
    CHECK_EQ(vfs_write(V, P, 4, block, 0), 0);
    /* Up to PIPE_BUF bytes go in whole or not at all; more takes what fits. */
    uint8_t *out = malloc(VFS_PIPE_CAPACITY);
    CHECK(out != NULL);
    CHECK_EQ(vfs_read(V, P, 3, out, 100), 100);
    CHECK_EQ(vfs_write(V, P, 4, block, VFS_PIPE_ATOMIC), -EAGAIN);
    CHECK_EQ(vfs_write(V, P, 4, block, 101), -EAGAIN);
    CHECK_EQ(vfs_write(V, P, 4, block, 100), 100);
    CHECK_EQ(vfs_read(V, P, 3, out, VFS_PIPE_ATOMIC), VFS_PIPE_ATOMIC);
    CHECK_EQ(vfs_write(V, P, 4, block, VFS_PIPE_ATOMIC + 1), VFS_PIPE_ATOMIC);
    free(block);
    free(out);
    test_world_fini(&world);
}

/* Bytes come out in the order they went in, across the ring's wrap, many times over. */
static void test_order_across_wraps(void)
{
    test_world_init(&world);
    int ends[2];
    CHECK_EQ(vfs_pipe(V, P, KOITO_POSIX_OPEN_NONBLOCK, ends), 0);
    static uint8_t chunk[5000];
    static uint8_t got[7000];
    uint64_t written = 0, read = 0;
    unsigned wrong = 0;
    for (unsigned round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof chunk; i++)
            chunk[i] = (uint8_t)((written + i) * 13 + 1);
        long put = vfs_write(V, P, 4, chunk, sizeof chunk);
        if (put > 0)
            written += (uint64_t)put;
        long taken = vfs_read(V, P, 3, got, round % 2 ? sizeof got : 3001);
        for (long i = 0; i < taken; i++)
            wrong += got[i] != (uint8_t)((read + (uint64_t)i) * 13 + 1);
        if (taken > 0)
            read += (uint64_t)taken;
    }
    long taken;
    while ((taken = vfs_read(V, P, 3, got, sizeof got)) > 0) {
        for (long i = 0; i < taken; i++)
            wrong += got[i] != (uint8_t)((read + (uint64_t)i) * 13 + 1);
        read += (uint64_t)taken;
    }
    CHECK_EQ(taken, -EAGAIN);
    CHECK_EQ(wrong, 0);
    CHECK_EQ(read, written);
    CHECK(written > 10 * VFS_PIPE_CAPACITY);
    test_world_fini(&world);
}

/* End of file once the last writer's open file goes (not before: dup and a child share it);
 * EPIPE once the last reader's does. */
static void test_last_end_closed(void)
{
    test_world_init(&world);
    int ends[2];
    CHECK_EQ(vfs_pipe(V, P, 0, ends), 0);
    CHECK_EQ(vfs_dup(P, 4, 9, 0), 9);
    struct vfs_process child;
    vfs_process_inherit(&child, P);
    CHECK_EQ(vfs_write(V, P, 4, (const uint8_t *)"ab", 2), 2);
    CHECK_EQ(vfs_close(P, 4), 0);
    CHECK_EQ(vfs_close(P, 9), 0);
    uint8_t text[4];
    CHECK_EQ(vfs_read(V, P, 3, text, sizeof text), 2);
    CHECK_EQ(vfs_read(V, P, 3, text, sizeof text), VFS_PIPE_WAIT); /* the child still writes */
    CHECK_EQ(vfs_write(V, &child, 4, (const uint8_t *)"c", 1), 1);
    vfs_process_release(&child);
    CHECK_EQ(vfs_read(V, P, 3, text, sizeof text), 1);
    CHECK_EQ(vfs_read(V, P, 3, text, sizeof text), 0);
    CHECK_EQ(vfs_read(V, P, 3, text, sizeof text), 0);
    CHECK_EQ(vfs_close(P, 3), 0);
    CHECK_EQ(vfs_pipe(V, P, 0, ends), 0);
    CHECK_EQ(vfs_close(P, (uint64_t)ends[0]), 0);
    CHECK_EQ(vfs_write(V, P, (uint64_t)ends[1], text, 1), -EPIPE);
    CHECK_EQ(vfs_write(V, P, (uint64_t)ends[1], text, 0), -EPIPE);
    CHECK_EQ(vfs_close(P, (uint64_t)ends[1]), 0);
    test_world_fini(&world);
}

/* Two free descriptors or nothing is made; bad descriptors answer EBADF. */
static void test_errors(void)
{
    test_world_init(&world);
    int ends[2] = {-1, -1};
    for (unsigned d = 3; d < VFS_DESCRIPTORS - 1; d++)
        CHECK_EQ(test_open(&world, "/dev/null", KOITO_POSIX_OPEN_RDONLY, 0), (int)d);
    CHECK_EQ(vfs_pipe(V, P, 0, ends), -EMFILE);
    CHECK_EQ(ends[0], -1);
    CHECK_EQ(vfs_close(P, 5), 0);
    CHECK_EQ(vfs_pipe(V, P, 0, ends), 0);
    CHECK_EQ(ends[0], 5);
    CHECK_EQ(ends[1], VFS_DESCRIPTORS - 1);
    uint8_t byte;
    CHECK_EQ(vfs_read(V, P, VFS_DESCRIPTORS, &byte, 1), -EBADF);
    CHECK_EQ(vfs_close(P, 5), 0);
    CHECK_EQ(vfs_read(V, P, 5, &byte, 1), -EBADF);
    test_world_fini(&world);
}

int main(void)
{
    test_pipe_ends();
    test_empty_and_full();
    test_order_across_wraps();
    test_last_end_closed();
    test_errors();
    return check_summary();
}
