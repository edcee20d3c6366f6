/*
 * The last firmware step: take the final memory map and leave boot services.
 *
 * Layer: UEFI boot loader, on top of GetMemoryMap and ExitBootServices.
 *
 * Protocol:
 *   1. boot_exit_prepare allocates the map buffer with slack and takes a
 *      first snapshot (the caller checks that it fits the boot info).
 *   2. Nothing else may allocate memory after that.
 *   3. boot_exit_leave takes the map again and calls ExitBootServices with
 *      its key, repeating both while the firmware says the key is stale.
 *   4. On success the firmware's boot services are gone: no console, no
 *      allocation, no return to the firmware.
 */
#ifndef A9N_UEFI_BOOT_EXIT_H
#define A9N_UEFI_BOOT_EXIT_H

#include "efi/efi_system.h"

struct boot_exit_map {
    uint64_t buffer;   /* physical address of the descriptor buffer */
    uint64_t capacity; /* bytes allocated */
    uint64_t size;     /* bytes of descriptors in the last snapshot */
    uint64_t key;
    uint64_t descriptor_size;
    uint32_t descriptor_version;
};

void boot_exit_init(struct efi_boot_services *boot_services);
efi_status boot_exit_prepare(struct boot_exit_map *map);
efi_status boot_exit_leave(efi_handle image, struct boot_exit_map *map);

#endif
