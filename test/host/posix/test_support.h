/*
 * What the VFS host tests share (test/host/posix): an initrd archive built in memory, a tree
 * set up from it with a console that records what is written, and one process.
 */
#ifndef POSIX_TEST_SUPPORT_H
#define POSIX_TEST_SUPPORT_H

#include "vfs.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct test_world {
    struct vfs vfs;
    struct vfs_process process;
    uint8_t archive[8192];
    size_t archive_size;
    char console[4096]; /* what the console device received */
    size_t console_length;
};

/* The time of day the VFS sees (vfs_clock_now): TEST_BOOT_SECONDS at test_world_init; the tests
 * move it. Every archive entry carries the time TEST_ARCHIVE_SECONDS. */
#define TEST_ARCHIVE_SECONDS 1700000000u
#define TEST_BOOT_SECONDS    1800000000
extern struct vfs_time test_clock;

/* The initrd: etc/motd ("hello initrd\n"), bin/prog (0755, 5000 bytes of a pattern), bin/elf
 * (0755, "\177ELF program": what passes for a program), the
 * directory empty/, and tmp/ (covered by the tmpfs). */
void test_world_init(struct test_world *world);
void test_world_fini(struct test_world *world);
/* The byte at offset i of bin/prog. */
uint8_t test_pattern(size_t i);

/* The operations with a NUL-terminated path, as the tests write them. */
int test_open(struct test_world *world, const char *path, uint32_t flags, uint32_t mode);
/* Whether path names a file (stat finds it). */
bool test_exists(struct test_world *world, const char *path);

#endif
