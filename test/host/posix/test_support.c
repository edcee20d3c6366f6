/*
 * The VFS host tests' world (test/host/posix); see test_support.h.
 */
#include "test_support.h"

#include <stdio.h>
#include <string.h>

bool vfs_random_hardware(uint64_t *word)
{
    (void)word;
    return false;
}

uint64_t vfs_random_entropy(void)
{
    return 42;
}

struct vfs_time test_clock = {.seconds = TEST_BOOT_SECONDS};

struct vfs_time vfs_clock_now(void)
{
    return test_clock;
}

uint8_t test_pattern(size_t i)
{
    return (uint8_t)(i * 7 + i / 251);
}

static void archive_add(struct test_world *world, const char *name, uint32_t mode, const void *data,
                        size_t size)
{
    char header[111];
    size_t name_size = strlen(name) + 1;
    snprintf(header, sizeof header, "070701%08x%08x%08x%08x%08x%08x%08zx%08x%08x%08x%08x%08zx%08x",
             1u, mode, 0u, 0u, 1u, TEST_ARCHIVE_SECONDS, size, 0u, 0u, 0u, 0u, name_size, 0u);
    uint8_t *at = world->archive + world->archive_size;
    memcpy(at, header, 110);
    memcpy(at + 110, name, name_size);
    size_t offset = (110 + name_size + 3) & ~(size_t)3;
    memset(at + 110 + name_size, 0, offset - 110 - name_size);
    if (size != 0)
        memcpy(at + offset, data, size);
    size_t end = (offset + size + 3) & ~(size_t)3;
    memset(at + offset + size, 0, end - offset - size);
    world->archive_size += end;
}

static long console_write(void *context, const uint8_t *data, size_t length)
{
    struct test_world *world = context;
    size_t room = sizeof world->console - world->console_length;
    size_t count = length < room ? length : room;
    memcpy(world->console + world->console_length, data, count);
    world->console_length += count;
    return (long)length;
}

void test_world_init(struct test_world *world)
{
    memset(world, 0, sizeof *world);
    test_clock = (struct vfs_time){.seconds = TEST_BOOT_SECONDS};
    static uint8_t program[5000];
    for (size_t i = 0; i < sizeof program; i++)
        program[i] = test_pattern(i);
    archive_add(world, "./etc", 0040755, NULL, 0);
    archive_add(world, "./etc/motd", 0100644, "hello initrd\n", 13);
    archive_add(world, "bin/prog", 0100755, program, sizeof program);
    archive_add(world, "bin/elf", 0100755, "\177ELF program", 12);
    archive_add(world, "empty", 0040755, NULL, 0);
    archive_add(world, "tmp", 0041777, NULL, 0);
    archive_add(world, "link", 0120777, "etc/motd", 8);
    archive_add(world, "TRAILER!!!", 0, NULL, 0);
    struct vfs_console console = {world, console_write};
    if (vfs_init(&world->vfs, world->archive, world->archive_size, NULL, &console) != 0)
        fprintf(stderr, "vfs_init failed\n");
    if (vfs_process_init(&world->vfs, &world->process, 7, 1) != 0)
        fprintf(stderr, "vfs_process_init failed\n");
}

void test_world_fini(struct test_world *world)
{
    vfs_process_release(&world->process);
    vfs_destroy(&world->vfs);
}

int test_open(struct test_world *world, const char *path, uint32_t flags, uint32_t mode)
{
    return vfs_open(&world->vfs, &world->process, NULL, path, strlen(path), flags, mode);
}

bool test_exists(struct test_world *world, const char *path)
{
    struct vfs_stat status;
    return vfs_stat(&world->vfs, &world->process, NULL, path, strlen(path), &status) == 0;
}
