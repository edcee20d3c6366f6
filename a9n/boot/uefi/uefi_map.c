/*
 * Translation of the UEFI memory map (GetMemoryMap, UEFI 2.x "Memory
 * Allocation Services") into the A9N boot memory map.
 *
 * Layer: UEFI boot loader, pure C; unit-tested on the host.
 *
 * Boot-services memory is free once ExitBootServices has returned, so it is
 * usable; loader memory holds this loader and its buffers, which the kernel
 * may reclaim once it no longer needs them. The loader's own OS types mark
 * the kernel image and the modules (root server, initrd, boot-info blob).
 */
#include "uefi_map.h"

#include "efi/efi_memory.h"

uint32_t uefi_map_type(uint32_t efi_type)
{
    switch (efi_type) {
    case EFI_CONVENTIONAL_MEMORY:
    case EFI_BOOT_SERVICES_CODE:
    case EFI_BOOT_SERVICES_DATA:
        return A9N_MEMORY_USABLE;
    case EFI_LOADER_CODE:
    case EFI_LOADER_DATA:
        return A9N_MEMORY_BOOT_RECLAIMABLE;
    case EFI_MEMORY_A9N_KERNEL:
        return A9N_MEMORY_KERNEL;
    case EFI_MEMORY_A9N_MODULE:
        return A9N_MEMORY_MODULE;
    case EFI_ACPI_RECLAIM_MEMORY:
        return A9N_MEMORY_ACPI_RECLAIMABLE;
    case EFI_ACPI_MEMORY_NVS:
        return A9N_MEMORY_ACPI_NVS;
    case EFI_UNUSABLE_MEMORY:
        return A9N_MEMORY_UNUSABLE;
    case EFI_MEMORY_MAPPED_IO:
    case EFI_MEMORY_MAPPED_IO_PORT_SPACE:
        return A9N_MEMORY_DEVICE;
    default:
        /* Runtime services, PAL code, persistent and unaccepted memory and
         * anything newer than this loader: leave it alone. */
        return A9N_MEMORY_RESERVED;
    }
}

bool uefi_map_convert(struct memory_map *map, const void *descriptors, uint64_t map_size,
                      uint64_t descriptor_size)
{
    map->count = 0;
    if (descriptor_size < sizeof(struct efi_memory_descriptor)) {
        return false;
    }
    bool complete = true;
    const uint8_t *bytes = descriptors;
    for (uint64_t offset = 0; map_size - offset >= descriptor_size; offset += descriptor_size) {
        struct efi_memory_descriptor descriptor;
        __builtin_memcpy(&descriptor, bytes + offset, sizeof(descriptor));
        if (descriptor.number_of_pages > UINT64_MAX / EFI_PAGE_SIZE ||
            !memory_map_add(map, descriptor.physical_start,
                            descriptor.number_of_pages * EFI_PAGE_SIZE,
                            uefi_map_type(descriptor.type))) {
            complete = false;
        }
    }
    return complete;
}
