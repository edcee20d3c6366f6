/*
 * Construction of the boot-info blob (layout in boot_blob.h).
 *
 * Layer: UEFI boot loader, pure C; unit-tested on the host, where the result
 * is also checked with the kernel's own boot_info_check.
 */
#include "boot_blob.h"

#define BOOT_BLOB_ALIGN 8u

bool boot_blob_init(struct boot_blob *blob, void *memory, uint32_t capacity,
                    const char *command_line, uint32_t command_line_length)
{
    if (capacity > A9N_BOOT_INFO_MAX_SIZE ||
        command_line_length >= A9N_BOOT_INFO_MAX_COMMAND_LINE) {
        return false;
    }
    uint32_t line_offset = sizeof(struct a9n_boot_info);
    uint32_t map_offset =
        (line_offset + command_line_length + 1u + BOOT_BLOB_ALIGN - 1u) & ~(BOOT_BLOB_ALIGN - 1u);
    if (map_offset + sizeof(struct a9n_memory_region) > capacity) {
        return false;
    }
    uint32_t regions = (capacity - map_offset) / sizeof(struct a9n_memory_region);
    if (regions > A9N_BOOT_INFO_MAX_REGIONS) {
        regions = A9N_BOOT_INFO_MAX_REGIONS;
    }

    uint8_t *bytes = memory;
    __builtin_memset(bytes, 0, capacity);
    struct a9n_boot_info *info = memory;
    info->magic = A9N_BOOT_INFO_MAGIC;
    info->version = A9N_BOOT_INFO_VERSION;
    info->boot_source = A9N_BOOT_SOURCE_UEFI;
    info->command_line_offset = line_offset;
    info->command_line_length = command_line_length;
    __builtin_memcpy(bytes + line_offset, command_line, command_line_length);
    info->memory_map_offset = map_offset;

    blob->info = info;
    blob->map.regions = (struct a9n_memory_region *)(bytes + map_offset);
    blob->map.count = 0;
    blob->map.capacity = regions;
    boot_blob_finish(blob);
    return true;
}

void boot_blob_finish(struct boot_blob *blob)
{
    blob->info->memory_map_count = blob->map.count;
    blob->info->size = blob->info->memory_map_offset +
                       blob->map.count * (uint32_t)sizeof(struct a9n_memory_region);
}
