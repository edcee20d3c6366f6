/*
 * Translation of the firmware's final memory map into the A9N boot memory map.
 *
 * Layer: UEFI boot loader, pure C (no firmware calls), so the type table and
 * the descriptor walk are unit-tested on the host.
 */
#ifndef A9N_UEFI_UEFI_MAP_H
#define A9N_UEFI_UEFI_MAP_H

#include <memory_map.h>
#include <stdbool.h>
#include <stdint.h>

/* The enum a9n_memory_type for a UEFI memory type (enum efi_memory_type or
 * one of the loader's EFI_MEMORY_A9N_* types). Unknown types are reserved. */
uint32_t uefi_map_type(uint32_t efi_type);

/* Replace the content of `map` with the `map_size` bytes of descriptors at
 * `descriptors`, walked with stride `descriptor_size`. Returns false if the
 * stride is too small or some descriptor could not be added; the others are
 * still added, so the map lists a subset of memory, never too much of it. */
bool uefi_map_convert(struct memory_map *map, const void *descriptors, uint64_t map_size,
                      uint64_t descriptor_size);

#endif
