/*
 * Construction of the boot-info blob (<a9n/boot_info.h>) the loader hands
 * the kernel.
 *
 * Layer: UEFI boot loader, pure C (no firmware calls); unit-tested on the host.
 *
 * Layout inside the preallocated blob, all offsets from its start:
 *   0                     struct a9n_boot_info
 *   sizeof(a9n_boot_info) command line, NUL-terminated
 *   after it, 8-aligned   memory map, as many regions as fit (at most
 *                         A9N_BOOT_INFO_MAX_REGIONS)
 * The command line is written before ExitBootServices, the map after it, so
 * the map comes last and its length decides the blob's final size.
 */
#ifndef A9N_UEFI_BOOT_BLOB_H
#define A9N_UEFI_BOOT_BLOB_H

#include <a9n/boot_info.h>
#include <memory_map.h>
#include <stdbool.h>
#include <stdint.h>

struct boot_blob {
    struct a9n_boot_info *info;
    struct memory_map map; /* regions point into the blob */
};

/* Start a blob in `capacity` bytes (8-aligned) at `memory`: zero it, write
 * the header and the command line and set up an empty map. Returns false if
 * the capacity is over A9N_BOOT_INFO_MAX_SIZE or leaves no room for a map,
 * or the command line is A9N_BOOT_INFO_MAX_COMMAND_LINE bytes or longer. */
bool boot_blob_init(struct boot_blob *blob, void *memory, uint32_t capacity,
                    const char *command_line, uint32_t command_line_length);

/* Record the map's final length and the blob's size. Call once the map and
 * every other field are filled in. */
void boot_blob_finish(struct boot_blob *blob);

#endif
