/*
 * Tests of the root server's start state: the read-only boot-info copy and
 * the IPC buffer (<a9n/root_info.h>).
 */
#include "tests.h"

#include <a9n/a9n.h>
#include <guest_test.h>
#include <koito/boot.h>
#include <string.h>

static const struct a9n_memory_region *regions(const struct a9n_boot_info *info)
{
    return (const struct a9n_memory_region *)((const char *)info + info->memory_map_offset);
}

void test_boot_info_header(void)
{
    const struct a9n_boot_info *info = koito_boot_info();
    GUEST_CHECK(info != 0);
    GUEST_CHECK_EQ(info->magic, A9N_BOOT_INFO_MAGIC);
    GUEST_CHECK_EQ(info->version, A9N_BOOT_INFO_VERSION);
    GUEST_CHECK_EQ(info->boot_source, A9N_BOOT_SOURCE_PVH);
    GUEST_CHECK(info->size >= sizeof(*info) && info->size <= A9N_BOOT_INFO_MAX_SIZE);
    /* The kernel measures what the boot path could not tell. */
    GUEST_CHECK(info->tsc_frequency_hz > 100000000);
}

void test_boot_info_memory_map(void)
{
    const struct a9n_boot_info *info = koito_boot_info();
    GUEST_CHECK(info->memory_map_count > 0);
    GUEST_CHECK(info->memory_map_offset % 8 == 0);
    GUEST_CHECK(info->memory_map_offset +
                    info->memory_map_count * sizeof(struct a9n_memory_region) <=
                info->size);
    const struct a9n_memory_region *map = regions(info);
    uint64_t usable = 0;
    int kernel_regions = 0;
    for (uint32_t i = 0; i < info->memory_map_count; i++) {
        GUEST_CHECK(map[i].length > 0);
        if (i > 0)
            GUEST_CHECK(map[i - 1].base + map[i - 1].length <= map[i].base);
        if (map[i].type == A9N_MEMORY_USABLE)
            usable += map[i].length;
        if (map[i].type == A9N_MEMORY_KERNEL)
            kernel_regions++;
    }
    GUEST_CHECK(usable >= 64ull << 20);
    GUEST_CHECK_EQ(kernel_regions, 1);
}

static int contains_word(const char *line, const char *word)
{
    size_t length = strlen(word);
    for (const char *p = line; *p; p++) {
        if (strncmp(p, word, length) == 0 && (p == line || p[-1] == ' ') &&
            (p[length] == 0 || p[length] == ' ' || p[length] == '='))
            return 1;
    }
    return 0;
}

void test_boot_info_command_line(void)
{
    const struct a9n_boot_info *info = koito_boot_info();
    const char *line = (const char *)info + info->command_line_offset;
    GUEST_CHECK(info->command_line_offset + info->command_line_length < info->size);
    GUEST_CHECK_EQ(strlen(line), info->command_line_length);
    GUEST_CHECK(contains_word(line, "debug_exit"));
}

void test_boot_info_modules(void)
{
    const struct a9n_boot_info *info = koito_boot_info();
    GUEST_CHECK(info->root_server.size > 0);
    GUEST_CHECK(info->initrd.size > 0);
    /* On PVH the root server is a member of the initrd. */
    GUEST_CHECK(info->root_server.physical_base >= info->initrd.physical_base);
    GUEST_CHECK(info->root_server.physical_base + info->root_server.size <=
                info->initrd.physical_base + info->initrd.size);
    GUEST_CHECK(info->kernel.size > 0);
}

void test_ipc_buffer_is_writable(void)
{
    volatile uint8_t *buffer = koito_ipc_buffer();
    GUEST_CHECK(buffer != 0);
    for (unsigned i = 0; i < A9N_IPC_BUFFER_SIZE; i++)
        buffer[i] = (uint8_t)(i * 7);
    unsigned mismatches = 0;
    for (unsigned i = 0; i < A9N_IPC_BUFFER_SIZE; i++)
        mismatches += buffer[i] != (uint8_t)(i * 7);
    GUEST_CHECK_EQ(mismatches, 0);
}
