/*
 * Host unit tests of the boot-info blob builder (a9n/boot/uefi/boot_blob.c):
 * the layout it writes is checked field by field and by the kernel's own
 * validator (a9n/lib/boot_info_check.c), with empty and maximal command
 * lines, a full map, and every capacity it must refuse.
 *
 * Layer: host tests (ASan + UBSan).
 */
#include "boot_blob.h"
#include "boot_info_check.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

static _Alignas(8) uint8_t memory[A9N_BOOT_INFO_MAX_SIZE];

static void fill_modules(struct a9n_boot_info *info)
{
    info->kernel = (struct a9n_boot_module){0x100000, 0x40000};
    info->root_server = (struct a9n_boot_module){0x2000000, 0x8000};
}

static void test_layout(void)
{
    struct boot_blob blob;
    memset(memory, 0xcc, sizeof(memory));
    CHECK(boot_blob_init(&blob, memory, A9N_BOOT_INFO_MAX_SIZE, "console=serial", 14));

    const struct a9n_boot_info *info = (const struct a9n_boot_info *)memory;
    CHECK(blob.info == info);
    CHECK_EQ(info->magic, A9N_BOOT_INFO_MAGIC);
    CHECK_EQ(info->version, A9N_BOOT_INFO_VERSION);
    CHECK_EQ(info->boot_source, A9N_BOOT_SOURCE_UEFI);
    CHECK_EQ(info->command_line_offset, sizeof(struct a9n_boot_info));
    CHECK_EQ(info->command_line_length, 14);
    CHECK(strcmp((const char *)memory + info->command_line_offset, "console=serial") == 0);
    CHECK_EQ(info->memory_map_offset % 8, 0);
    CHECK(info->memory_map_offset >= info->command_line_offset + 15);
    CHECK_EQ(blob.map.capacity, A9N_BOOT_INFO_MAX_REGIONS);
    CHECK_EQ(info->acpi_rsdp, 0);
    CHECK_EQ(info->initrd.size, 0);
    CHECK_EQ(info->framebuffer.physical_base, 0);

    fill_modules(blob.info);
    CHECK(memory_map_add(&blob.map, 0x100000, 0x40000, A9N_MEMORY_KERNEL));
    CHECK(memory_map_add(&blob.map, 0x0, 0xa0000, A9N_MEMORY_USABLE));
    CHECK(memory_map_add(&blob.map, 0x2000000, 0x8000, A9N_MEMORY_MODULE));
    boot_blob_finish(&blob);
    CHECK_EQ(info->memory_map_count, 3);
    CHECK_EQ(info->size, info->memory_map_offset + 3 * sizeof(struct a9n_memory_region));
    CHECK_EQ(boot_info_check(info, info->size), BOOT_INFO_OK);
    const struct a9n_memory_region *regions =
        (const struct a9n_memory_region *)(memory + info->memory_map_offset);
    CHECK_EQ(regions[0].base, 0);
    CHECK_EQ(regions[0].type, A9N_MEMORY_USABLE);
}

static void test_command_line_sizes(void)
{
    struct boot_blob blob;
    CHECK(boot_blob_init(&blob, memory, A9N_BOOT_INFO_MAX_SIZE, "", 0));
    CHECK_EQ(blob.info->command_line_length, 0);
    CHECK_EQ(memory[blob.info->command_line_offset], 0);
    fill_modules(blob.info);
    boot_blob_finish(&blob);
    CHECK_EQ(boot_info_check(blob.info, blob.info->size), BOOT_INFO_OK);

    char *line = malloc(A9N_BOOT_INFO_MAX_COMMAND_LINE);
    memset(line, 'x', A9N_BOOT_INFO_MAX_COMMAND_LINE);
    CHECK(boot_blob_init(&blob, memory, A9N_BOOT_INFO_MAX_SIZE, line,
                         A9N_BOOT_INFO_MAX_COMMAND_LINE - 1));
    CHECK_EQ(memory[blob.info->command_line_offset + A9N_BOOT_INFO_MAX_COMMAND_LINE - 1], 0);
    fill_modules(blob.info);
    boot_blob_finish(&blob);
    CHECK_EQ(boot_info_check(blob.info, blob.info->size), BOOT_INFO_OK);
    CHECK(!boot_blob_init(&blob, memory, A9N_BOOT_INFO_MAX_SIZE, line,
                          A9N_BOOT_INFO_MAX_COMMAND_LINE));
    free(line);
}

static void test_full_map(void)
{
    struct boot_blob blob;
    CHECK(boot_blob_init(&blob, memory, A9N_BOOT_INFO_MAX_SIZE, "x", 1));
    fill_modules(blob.info);
    /* Alternating types never merge, so the map fills to capacity. */
    uint32_t added = 0;
    while (memory_map_add(&blob.map, (uint64_t)added * 0x2000, 0x1000,
                          added % 2 ? A9N_MEMORY_RESERVED : A9N_MEMORY_USABLE)) {
        added++;
    }
    CHECK_EQ(added, A9N_BOOT_INFO_MAX_REGIONS);
    boot_blob_finish(&blob);
    CHECK(blob.info->size <= A9N_BOOT_INFO_MAX_SIZE);
    CHECK_EQ(boot_info_check(blob.info, blob.info->size), BOOT_INFO_OK);
}

static void test_small_and_bad_capacity(void)
{
    struct boot_blob blob;
    uint32_t header = sizeof(struct a9n_boot_info);
    /* Room for the header, "" and exactly one region. */
    uint32_t one = ((header + 1 + 7) & ~7u) + sizeof(struct a9n_memory_region);
    CHECK(boot_blob_init(&blob, memory, one, "", 0));
    CHECK_EQ(blob.map.capacity, 1);
    CHECK(!boot_blob_init(&blob, memory, one - 1, "", 0));
    CHECK(!boot_blob_init(&blob, memory, header, "", 0));
    CHECK(!boot_blob_init(&blob, memory, 0, "", 0));
    CHECK(!boot_blob_init(&blob, memory, A9N_BOOT_INFO_MAX_SIZE + 8, "", 0));
}

int main(void)
{
    test_layout();
    test_command_line_sizes();
    test_full_map();
    test_small_and_bad_capacity();
    return check_summary();
}
