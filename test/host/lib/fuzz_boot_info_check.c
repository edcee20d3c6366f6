/*
 * libFuzzer target for the boot-info validator (a9n/lib/boot_info_check.c).
 * Each input is checked twice: as it is, and with magic, version, size and
 * boot source forced valid and the offsets folded into the blob, so that
 * mutations reach the memory map, command line, modules and framebuffer.
 * Whenever a blob is accepted, every range it names is read here, so ASan
 * catches a blob the validator should have refused.
 *
 * Layer: host fuzzers (libFuzzer + ASan + UBSan).
 */
#include "boot_info_check.h"

#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            abort();                                                                               \
    } while (0)

static void fuzz_check_accepted(const uint8_t *data, size_t available)
{
    struct a9n_boot_info info;
    uint64_t previous_end = 0;
    memcpy(&info, data, sizeof info);
    FUZZ_ASSERT(info.size >= sizeof info && info.size <= available &&
                info.size <= A9N_BOOT_INFO_MAX_SIZE);
    FUZZ_ASSERT(info.memory_map_offset % 8 == 0 &&
                info.memory_map_count <= A9N_BOOT_INFO_MAX_REGIONS);
    for (uint32_t i = 0; i < info.memory_map_count; i++) {
        struct a9n_memory_region region;
        uint64_t end;
        size_t at = info.memory_map_offset + (size_t)i * sizeof region;
        FUZZ_ASSERT(at >= sizeof info && at + sizeof region <= info.size);
        memcpy(&region, data + at, sizeof region);
        FUZZ_ASSERT(region.length != 0 && region.type >= 1 && region.type <= 9);
        FUZZ_ASSERT(!__builtin_add_overflow(region.base, region.length, &end));
        FUZZ_ASSERT(i == 0 || region.base >= previous_end);
        previous_end = end;
    }
    FUZZ_ASSERT(info.command_line_length <= A9N_BOOT_INFO_MAX_COMMAND_LINE);
    FUZZ_ASSERT((uint64_t)info.command_line_offset + info.command_line_length < info.size);
    FUZZ_ASSERT(strlen((const char *)data + info.command_line_offset) == info.command_line_length);
    FUZZ_ASSERT(info.root_server.size != 0);
    /* Accepted with exactly its own size, refused with a byte less. */
    FUZZ_ASSERT(boot_info_check((const struct a9n_boot_info *)data, info.size) == BOOT_INFO_OK);
    FUZZ_ASSERT(boot_info_check((const struct a9n_boot_info *)data, info.size - 1) ==
                BOOT_INFO_ERROR_BAD_SIZE);
}

static void fuzz_check(const uint8_t *data, size_t size)
{
    enum boot_info_error error = boot_info_check((const struct a9n_boot_info *)data, size);
    FUZZ_ASSERT(boot_info_error_string(error)[0] != 0);
    if (error == BOOT_INFO_OK)
        fuzz_check_accepted(data, size);
    else
        FUZZ_ASSERT(error <= BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct a9n_boot_info info;
    uint8_t *fixed;
    fuzz_check(data, size);
    if (size < sizeof info || size > A9N_BOOT_INFO_MAX_SIZE)
        return 0;
    fixed = malloc(size);
    memcpy(fixed, data, size);
    memcpy(&info, fixed, sizeof info);
    info.magic = A9N_BOOT_INFO_MAGIC;
    info.version = A9N_BOOT_INFO_VERSION;
    info.size = (uint32_t)size;
    info.boot_source = 1 + (info.boot_source & 1);
    info.memory_map_count %= 8;
    info.memory_map_offset = (uint32_t)(sizeof info + info.memory_map_offset % 64 * 8);
    info.command_line_offset = (uint32_t)(sizeof info + info.command_line_offset % 256);
    info.command_line_length %= 64;
    memcpy(fixed, &info, sizeof info);
    fuzz_check(fixed, size);
    free(fixed);
    return 0;
}
