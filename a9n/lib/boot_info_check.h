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
    BOOT_INFO_ERROR_TOO_SMALL, /* fewer bytes than the header */
    BOOT_INFO_ERROR_BAD_MAGIC,
    BOOT_INFO_ERROR_BAD_VERSION,
    BOOT_INFO_ERROR_BAD_SIZE, /* size < header, > available or > A9N_BOOT_INFO_MAX_SIZE */
    BOOT_INFO_ERROR_BAD_BOOT_SOURCE,
    /* out of bounds, misaligned, too many, unsorted, overlapping or bad type */
    BOOT_INFO_ERROR_BAD_MEMORY_MAP,
    BOOT_INFO_ERROR_BAD_COMMAND_LINE, /* out of bounds, too long or not NUL-terminated */
    BOOT_INFO_ERROR_BAD_MODULE,       /* a module's range overflows */
    BOOT_INFO_ERROR_NO_ROOT_SERVER,
    BOOT_INFO_ERROR_BAD_FRAMEBUFFER, /* present, but its range or geometry is impossible */
};

/*
 * Check every field of the blob at `info`, of which `available` bytes may be
 * read; `info` need not be aligned. Checks, in this order (the first failure
 * is returned):
 *   - available >= sizeof(struct a9n_boot_info), magic, version;
 *   - header size <= size <= available and size <= A9N_BOOT_INFO_MAX_SIZE;
 *   - boot_source is UEFI or PVH;
 *   - memory map: offset 8-aligned and <= size; count <= A9N_BOOT_INFO_MAX_REGIONS;
 *     if count > 0, the array lies inside [header size, size); every region has
 *     a nonzero length, a known enum a9n_memory_type and base + length not
 *     overflowing; regions are sorted by base and do not overlap (an empty
 *     map passes: whether there is enough memory is the kernel's business);
 *   - command line: length <= A9N_BOOT_INFO_MAX_COMMAND_LINE, the bytes
 *     [offset, offset + length] lie inside [header size, size), none of the
 *     first `length` bytes is NUL and the byte at offset + length is;
 *   - kernel, root server and initrd: physical_base + size does not overflow;
 *   - root_server.size != 0;
 *   - framebuffer (only if physical_base != 0): base + size does not overflow,
 *     bits_per_pixel is 8, 16, 24 or 32, width * bytes per pixel <= pitch,
 *     pitch * height <= size, each colour's shift + size <= bits_per_pixel.
 * Reserved fields are not checked.
 */
enum boot_info_error boot_info_check(const struct a9n_boot_info *info, size_t available);

const char *boot_info_error_string(enum boot_info_error error);

#endif
