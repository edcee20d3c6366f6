/*
 * Validation of a boot-info blob (<a9n/boot_info.h>) before the kernel trusts it.
 *
 * Layer: freestanding library used by the kernel at boot; also built on the
 * host for unit tests and fuzzing.
 */
#ifndef A9N_LIB_BOOT_INFO_CHECK_H
#define A9N_LIB_BOOT_INFO_CHECK_H

#include <a9n/boot_info.h>
#include <stddef.h>

enum boot_info_error {
    BOOT_INFO_OK = 0,
    BOOT_INFO_ERROR_TOO_SMALL,       /* fewer bytes than the header */
    BOOT_INFO_ERROR_BAD_MAGIC,
    BOOT_INFO_ERROR_BAD_VERSION,
    BOOT_INFO_ERROR_BAD_SIZE,        /* size < header, > available or > A9N_BOOT_INFO_MAX_SIZE */
    BOOT_INFO_ERROR_BAD_BOOT_SOURCE,
    BOOT_INFO_ERROR_BAD_MEMORY_MAP,  /* out of bounds, misaligned, too many, unsorted, overlapping or bad type */
    BOOT_INFO_ERROR_BAD_COMMAND_LINE,/* out of bounds, too long or not NUL-terminated */
    BOOT_INFO_ERROR_BAD_MODULE,      /* a module's range overflows */
    BOOT_INFO_ERROR_NO_ROOT_SERVER,
};

/* Check every field of the blob at `info`, of which `available` bytes may be read. */
enum boot_info_error boot_info_check(const struct a9n_boot_info *info, size_t available);

const char *boot_info_error_string(enum boot_info_error error);

#endif
