/*
 * UEFI memory types, allocation types and the memory descriptor returned by
 * GetMemoryMap (UEFI 2.x, "Memory Allocation Services").
 *
 * Layer: UEFI boot loader, firmware interface. Kept apart from the service
 * tables and free of calling-convention attributes, so the pure translation
 * of the firmware map (uefi_map.c) also builds and is tested on the host.
 */
#ifndef A9N_UEFI_EFI_MEMORY_H
#define A9N_UEFI_EFI_MEMORY_H

#include <stdint.h>

#define EFI_PAGE_SIZE 4096u

enum efi_memory_type {
    EFI_RESERVED_MEMORY = 0,
    EFI_LOADER_CODE = 1,
    EFI_LOADER_DATA = 2,
    EFI_BOOT_SERVICES_CODE = 3,
    EFI_BOOT_SERVICES_DATA = 4,
    EFI_RUNTIME_SERVICES_CODE = 5,
    EFI_RUNTIME_SERVICES_DATA = 6,
    EFI_CONVENTIONAL_MEMORY = 7,
    EFI_UNUSABLE_MEMORY = 8,
    EFI_ACPI_RECLAIM_MEMORY = 9,
    EFI_ACPI_MEMORY_NVS = 10,
    EFI_MEMORY_MAPPED_IO = 11,
    EFI_MEMORY_MAPPED_IO_PORT_SPACE = 12,
    EFI_PAL_CODE = 13,
    EFI_PERSISTENT_MEMORY = 14,
    EFI_UNACCEPTED_MEMORY = 15,
};

/*
 * Types 0x80000000-0xffffffff belong to the OS loader. A9N uses two, so the
 * final firmware map itself tells the kernel where its image and the boot
 * modules lie.
 */
#define EFI_MEMORY_A9N_KERNEL 0x80000001u /* becomes A9N_MEMORY_KERNEL */
#define EFI_MEMORY_A9N_MODULE 0x80000002u /* becomes A9N_MEMORY_MODULE */

enum efi_allocate_type {
    EFI_ALLOCATE_ANY_PAGES = 0,
    EFI_ALLOCATE_MAX_ADDRESS = 1,
    EFI_ALLOCATE_ADDRESS = 2,
};

/*
 * One entry of the firmware map. The firmware may return larger entries
 * than this structure (the descriptor size GetMemoryMap reports), so a map
 * is always walked with that stride, never as an array of this type.
 */
struct efi_memory_descriptor {
    uint32_t type;
    uint32_t pad;
    uint64_t physical_start;
    uint64_t virtual_start;
    uint64_t number_of_pages;
    uint64_t attribute;
};

#endif
