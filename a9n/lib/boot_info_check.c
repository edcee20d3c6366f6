/*
 * Validation of a boot-info blob: the kernel runs boot_info_check once, before
 * it reads anything else in the blob, so later code can use every offset,
 * count and range in it without checking again.
 *
 * Layer: freestanding library (a9n/lib), built into the kernel and the host
 * tests. No libc. The blob may sit at any alignment, so the header and each
 * memory region are copied out with memcpy before their fields are read.
 */
#include "boot_info_check.h"

#include <stdbool.h>
#include <stdint.h>

#define BOOT_INFO_HEADER_SIZE sizeof(struct a9n_boot_info)

static bool boot_info_memory_type_known(uint32_t type)
{
    return type >= A9N_MEMORY_USABLE && type <= A9N_MEMORY_DEVICE;
}

static bool boot_info_range_valid(uint64_t base, uint64_t length)
{
    uint64_t end;
    return !__builtin_add_overflow(base, length, &end);
}

/* Precondition: header->size bytes at `blob` are readable. */
static enum boot_info_error boot_info_check_memory_map(const struct a9n_boot_info *header,
                                                       const uint8_t *blob)
{
    uint64_t offset = header->memory_map_offset;
    uint64_t count = header->memory_map_count;
    uint64_t previous_end = 0;

    if (offset % 8 != 0 || offset > header->size || count > A9N_BOOT_INFO_MAX_REGIONS)
        return BOOT_INFO_ERROR_BAD_MEMORY_MAP;
    /* count <= 1024 keeps the product far from overflowing; the map may not
     * overlap the fixed header it is found from. */
    if (count > 0 && (offset < BOOT_INFO_HEADER_SIZE ||
                      count * sizeof(struct a9n_memory_region) > header->size - offset))
        return BOOT_INFO_ERROR_BAD_MEMORY_MAP;
    for (uint64_t i = 0; i < count; i++) {
        struct a9n_memory_region region;
        __builtin_memcpy(&region, blob + offset + i * sizeof region, sizeof region);
        if (region.length == 0 || !boot_info_memory_type_known(region.type) ||
            !boot_info_range_valid(region.base, region.length))
            return BOOT_INFO_ERROR_BAD_MEMORY_MAP;
        if (i > 0 && region.base < previous_end)
            return BOOT_INFO_ERROR_BAD_MEMORY_MAP;
        previous_end = region.base + region.length;
    }
    return BOOT_INFO_OK;
}

/* Precondition: header->size bytes at `blob` are readable. */
static enum boot_info_error boot_info_check_command_line(const struct a9n_boot_info *header,
                                                         const uint8_t *blob)
{
    uint64_t offset = header->command_line_offset;
    uint64_t length = header->command_line_length;

    if (length > A9N_BOOT_INFO_MAX_COMMAND_LINE || offset < BOOT_INFO_HEADER_SIZE ||
        offset > header->size || length >= header->size - offset)
        return BOOT_INFO_ERROR_BAD_COMMAND_LINE;
    for (uint64_t i = 0; i < length; i++) {
        if (blob[offset + i] == 0)
            return BOOT_INFO_ERROR_BAD_COMMAND_LINE;
    }
    return blob[offset + length] == 0 ? BOOT_INFO_OK : BOOT_INFO_ERROR_BAD_COMMAND_LINE;
}

static bool boot_info_framebuffer_valid(const struct a9n_framebuffer *framebuffer)
{
    uint32_t bits = framebuffer->bits_per_pixel;
    uint64_t row_bytes = (uint64_t)framebuffer->width * (bits / 8u);
    if (framebuffer->physical_base == 0)
        return true;
    if (!boot_info_range_valid(framebuffer->physical_base, framebuffer->size))
        return false;
    if (bits == 0 || bits > 32 || bits % 8 != 0 || row_bytes > framebuffer->pitch)
        return false;
    if ((uint64_t)framebuffer->pitch * framebuffer->height > framebuffer->size)
        return false;
    return (uint32_t)framebuffer->red_shift + framebuffer->red_size <= bits &&
           (uint32_t)framebuffer->green_shift + framebuffer->green_size <= bits &&
           (uint32_t)framebuffer->blue_shift + framebuffer->blue_size <= bits;
}

enum boot_info_error boot_info_check(const struct a9n_boot_info *info, size_t available)
{
    const uint8_t *blob = (const uint8_t *)info;
    struct a9n_boot_info header;
    enum boot_info_error error;

    if (info == NULL || available < BOOT_INFO_HEADER_SIZE)
        return BOOT_INFO_ERROR_TOO_SMALL;
    __builtin_memcpy(&header, blob, sizeof header);
    if (header.magic != A9N_BOOT_INFO_MAGIC)
        return BOOT_INFO_ERROR_BAD_MAGIC;
    if (header.version != A9N_BOOT_INFO_VERSION)
        return BOOT_INFO_ERROR_BAD_VERSION;
    if (header.size < BOOT_INFO_HEADER_SIZE || header.size > available ||
        header.size > A9N_BOOT_INFO_MAX_SIZE)
        return BOOT_INFO_ERROR_BAD_SIZE;
    if (header.boot_source != A9N_BOOT_SOURCE_UEFI && header.boot_source != A9N_BOOT_SOURCE_PVH)
        return BOOT_INFO_ERROR_BAD_BOOT_SOURCE;
    error = boot_info_check_memory_map(&header, blob);
    if (error != BOOT_INFO_OK)
        return error;
    error = boot_info_check_command_line(&header, blob);
    if (error != BOOT_INFO_OK)
        return error;
    if (!boot_info_range_valid(header.kernel.physical_base, header.kernel.size) ||
        !boot_info_range_valid(header.root_server.physical_base, header.root_server.size) ||
        !boot_info_range_valid(header.initrd.physical_base, header.initrd.size))
        return BOOT_INFO_ERROR_BAD_MODULE;
    if (header.root_server.size == 0)
        return BOOT_INFO_ERROR_NO_ROOT_SERVER;
    if (!boot_info_framebuffer_valid(&header.framebuffer))
        return BOOT_INFO_ERROR_BAD_FRAMEBUFFER;
    return BOOT_INFO_OK;
}

const char *boot_info_error_string(enum boot_info_error error)
{
    switch (error) {
    case BOOT_INFO_OK:
        return "no error";
    case BOOT_INFO_ERROR_TOO_SMALL:
        return "boot info is smaller than its header";
    case BOOT_INFO_ERROR_BAD_MAGIC:
        return "boot info has a bad magic number";
    case BOOT_INFO_ERROR_BAD_VERSION:
        return "boot info has an unsupported version";
    case BOOT_INFO_ERROR_BAD_SIZE:
        return "boot info size is out of range";
    case BOOT_INFO_ERROR_BAD_BOOT_SOURCE:
        return "boot info names an unknown boot source";
    case BOOT_INFO_ERROR_BAD_MEMORY_MAP:
        return "boot info memory map is malformed";
    case BOOT_INFO_ERROR_BAD_COMMAND_LINE:
        return "boot info command line is malformed";
    case BOOT_INFO_ERROR_BAD_MODULE:
        return "boot info module range overflows";
    case BOOT_INFO_ERROR_NO_ROOT_SERVER:
        return "boot info has no root server";
    case BOOT_INFO_ERROR_BAD_FRAMEBUFFER:
        return "boot info framebuffer is malformed";
    }
    return "unknown boot info error";
}
