/*
 * Address spaces (virtual-memory translation trees) as the core sees them:
 * a root named by its physical address, pages mapped with portable rights.
 * Intermediate tables come from the caller's allocator, so the HAL owns no
 * memory of its own.
 */
#ifndef A9N_HAL_VSPACE_H
#define A9N_HAL_VSPACE_H

#include <a9n/error.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HAL_PAGE_SIZE 4096u

enum hal_map_rights {
    HAL_MAP_READ = 1u,
    HAL_MAP_WRITE = 2u,
    HAL_MAP_EXECUTE = 4u,
};

/* First address above user space. */
uint64_t hal_user_space_end(void);

/* Make the zeroed frame at `root` an empty address space that shares the kernel's half. */
void hal_vspace_init(uint64_t root);

/* Map the 4 KiB user page at `virtual_address` to `physical_address`. Missing
 * tables are taken from `allocate_table` (zeroed frames; 0 means none left).
 * Returns false, changing nothing visible, if a table could not be had, the
 * page is already mapped, or the address is not a page-aligned user address. */
bool hal_vspace_map(uint64_t root, uint64_t virtual_address, uint64_t physical_address,
                    unsigned rights, uint64_t (*allocate_table)(void));

/* Find the frame and rights of a mapped user page; false if none. */
bool hal_vspace_lookup(uint64_t root, uint64_t virtual_address, uint64_t *physical_address,
                       unsigned *rights);

/* Copy `length` bytes of user memory at `user_address` in address space `root`
 * into `destination`. A9N_ERROR_INVALID_ADDRESS unless every byte lies in a
 * mapped, user-readable page of user space. */
enum a9n_error hal_copy_from_user(uint64_t root, void *destination, uint64_t user_address,
                                  size_t length);

#endif
