/*
 * What init tells about the machine at boot (KOITO init): the boot source, the memory map, the
 * kernel command line, the initrd and the framebuffer. The boot-info blob is read defensively:
 * every offset/count pair is checked against the blob's size before use.
 */
#include "init.h"

#include <koito/boot.h>
#include <stdio.h>

#define MIB (UINT64_C(1) << 20)

static const char *boot_source_name(uint32_t source)
{
    switch (source) {
    case A9N_BOOT_SOURCE_UEFI:
        return "UEFI";
    case A9N_BOOT_SOURCE_PVH:
        return "PVH";
    default:
        return "unknown";
    }
}

/* Whether [offset, offset + length) lies inside the blob. */
static bool blob_contains(const struct a9n_boot_info *info, uint64_t offset, uint64_t length)
{
    return offset <= info->size && length <= info->size - offset;
}

static void report_memory(const struct a9n_boot_info *info)
{
    uint64_t count = info->memory_map_count;
    uint64_t bytes = count * sizeof(struct a9n_memory_region);
    if (count > A9N_BOOT_INFO_MAX_REGIONS || info->memory_map_offset % 8 != 0 ||
        !blob_contains(info, info->memory_map_offset, bytes)) {
        printf("  memory map: malformed\n");
        return;
    }
    const struct a9n_memory_region *regions =
        (const struct a9n_memory_region *)((const char *)info + info->memory_map_offset);
    uint64_t usable = 0;
    for (uint64_t i = 0; i < count; i++) {
        if (regions[i].type == A9N_MEMORY_USABLE)
            usable += regions[i].length;
    }
    printf("  memory: %llu regions, %llu MiB usable\n", (unsigned long long)count,
           (unsigned long long)(usable / MIB));
}

static void report_command_line(const struct a9n_boot_info *info)
{
    uint64_t length = info->command_line_length;
    if (length >= A9N_BOOT_INFO_MAX_COMMAND_LINE ||
        !blob_contains(info, info->command_line_offset, length + 1)) {
        printf("  command line: malformed\n");
        return;
    }
    const char *text = (const char *)info + info->command_line_offset;
    printf("  command line: \"%.*s\"\n", (int)length, text);
}

void init_boot_report(const struct a9n_boot_info *info)
{
    printf("  boot source: %s\n", boot_source_name(info->boot_source));
    report_memory(info);
    report_command_line(info);
    printf("  initrd: %llu bytes\n", (unsigned long long)info->initrd.size);
    if (info->framebuffer.physical_base)
        printf("  framebuffer: %ux%u, %u bits per pixel\n", info->framebuffer.width,
               info->framebuffer.height, info->framebuffer.bits_per_pixel);
}
