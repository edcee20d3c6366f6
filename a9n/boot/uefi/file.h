/*
 * Whole-file reads from the EFI system partition the loader was started from.
 *
 * Layer: UEFI boot loader, on top of the loaded-image, simple-file-system and
 * file protocols. Errors are reported on the console, naming the file.
 */
#ifndef A9N_UEFI_FILE_H
#define A9N_UEFI_FILE_H

#include "efi/efi_file.h"
#include "efi/efi_system.h"

/* A file read into whole pages; the bytes past `size` in the last page are 0. */
struct file_blob {
    uint64_t address; /* physical = virtual under UEFI's identity mapping */
    uint64_t size;
};

/* Open the root directory of the volume that holds the loader image. */
efi_status file_open_volume(struct efi_boot_services *boot_services, efi_handle image,
                            struct efi_file **root);

/* Read the file at `path` (a checked config PATH, '/'-separated) into pages
 * of `memory_type`. Files that are empty or larger than `max_size` fail. */
efi_status file_load(struct efi_file *root, const char *path, uint32_t memory_type,
                     uint64_t max_size, struct file_blob *blob);

#endif
