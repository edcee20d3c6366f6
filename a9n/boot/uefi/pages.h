/*
 * Page allocations of the loader, remembered so a failed boot gives every
 * page back to the firmware before returning to it.
 *
 * Layer: UEFI boot loader, on top of the boot services AllocatePages and
 * FreePages. Every page the loader allocates goes through here.
 */
#ifndef A9N_UEFI_PAGES_H
#define A9N_UEFI_PAGES_H

#include "efi/efi_system.h"

void pages_init(struct efi_boot_services *boot_services);

/* Pages needed for `bytes`, or 0 if `bytes` is 0 or too large to round up. */
uint64_t pages_for_bytes(uint64_t bytes);

/* Allocate `count` pages of `memory_type` at exactly `address`. */
efi_status pages_allocate_at(uint64_t address, uint64_t count, uint32_t memory_type);

/* Allocate `count` pages of `memory_type` anywhere below 4 GiB: the kernel's
 * early page tables map only the first 4 GiB, and it reads the boot-info
 * blob and the modules through that map. */
efi_status pages_allocate(uint64_t count, uint32_t memory_type, uint64_t *address);

/* Give back the allocation that starts at `address`. */
void pages_free(uint64_t address);

/* Give back everything still allocated: the failure path. */
void pages_free_all(void);

#endif
