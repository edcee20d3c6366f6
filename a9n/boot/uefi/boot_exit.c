/*
 * Final memory map and ExitBootServices (UEFI 2.x "Image Services",
 * EFI_BOOT_SERVICES.ExitBootServices), following the protocol in boot_exit.h.
 *
 * Layer: UEFI boot loader.
 *
 * Why the retry: any event the firmware handles between GetMemoryMap and
 * ExitBootServices may change the map, and then ExitBootServices refuses the
 * stale key with EFI_INVALID_PARAMETER. After such a failure the firmware may
 * already have shut part of itself down, and only the memory services may be
 * used, which is all this loop does. The buffer has room for the map to grow
 * a little, so a retry normally needs no new allocation.
 */
#include "boot_exit.h"

#include "pages.h"

/* Descriptors of slack: a map grows by a few entries when memory is allocated. */
#define BOOT_EXIT_SLACK    16u
#define BOOT_EXIT_ATTEMPTS 8u

static struct efi_boot_services *boot_exit_services;

void boot_exit_init(struct efi_boot_services *boot_services)
{
    boot_exit_services = boot_services;
}

static efi_status boot_exit_snapshot(struct boot_exit_map *map)
{
    map->size = map->capacity;
    return boot_exit_services->get_memory_map(&map->size, (void *)(uintptr_t)map->buffer, &map->key,
                                              &map->descriptor_size, &map->descriptor_version);
}

/* (Re)allocate the buffer for a map of `needed` bytes plus slack. */
static efi_status boot_exit_grow(struct boot_exit_map *map, uint64_t needed)
{
    if (map->capacity != 0) {
        pages_free(map->buffer);
        map->capacity = 0;
    }
    /* The descriptor size comes with the first answer; guess generously until then. */
    uint64_t descriptor = map->descriptor_size != 0 ? map->descriptor_size : 64u;
    uint64_t pages = pages_for_bytes(needed + BOOT_EXIT_SLACK * descriptor);
    efi_status status = pages_allocate(pages, EFI_LOADER_DATA, &map->buffer);
    if (!EFI_IS_ERROR(status)) {
        map->capacity = pages * EFI_PAGE_SIZE;
    }
    return status;
}

/* Snapshot the map, growing the buffer while the firmware says it is too small. */
static efi_status boot_exit_snapshot_growing(struct boot_exit_map *map)
{
    for (uint32_t attempt = 0; attempt < BOOT_EXIT_ATTEMPTS; attempt++) {
        efi_status status = boot_exit_snapshot(map);
        if (status != EFI_BUFFER_TOO_SMALL) {
            return status;
        }
        status = boot_exit_grow(map, map->size);
        if (EFI_IS_ERROR(status)) {
            return status;
        }
    }
    return EFI_BUFFER_TOO_SMALL;
}

efi_status boot_exit_prepare(struct boot_exit_map *map)
{
    *map = (struct boot_exit_map){0};
    return boot_exit_snapshot_growing(map);
}

efi_status boot_exit_leave(efi_handle image, struct boot_exit_map *map)
{
    for (uint32_t attempt = 0; attempt < BOOT_EXIT_ATTEMPTS; attempt++) {
        efi_status status = boot_exit_snapshot_growing(map);
        if (EFI_IS_ERROR(status)) {
            return status;
        }
        status = boot_exit_services->exit_boot_services(image, map->key);
        if (status != EFI_INVALID_PARAMETER) {
            return status;
        }
    }
    return EFI_ABORTED;
}
