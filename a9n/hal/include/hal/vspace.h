/*
 * Address spaces (virtual-memory translation trees) as the core sees them.
 *
 * A tree is a root table (depth 0) with tables at depths 1 ..
 * A9N_PAGE_TABLE_MAX_DEPTH below it; each table is one HAL_PAGE_SIZE page of
 * entries. An entry of a table at depth d covers 2^hal_vspace_entry_bits(d)
 * bytes of user space and is empty, links the table of depth d + 1, or maps
 * a frame of that size (where the port allows frames at depth d). Tables are
 * named by physical address. The entry format is the port's: the core reads
 * entries only through the functions below, writes them with plain stores
 * of values they return, and relies on one rule: an entry of all zero bits
 * is empty, so a zeroed page is an empty table.
 *
 * The boot-time helpers (hal_vspace_map, hal_vspace_lookup) build and read
 * trees of 4 KiB pages with tables from the caller's allocator, so the HAL
 * owns no memory of its own.
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

/* One entry of a translation table, in the port's format. */
typedef uint64_t hal_vspace_entry_t;

enum hal_vspace_entry_kind {
    HAL_VSPACE_ENTRY_EMPTY,
    HAL_VSPACE_ENTRY_TABLE,
    HAL_VSPACE_ENTRY_FRAME,
};

/* First address above user space. */
uint64_t hal_user_space_end(void);

/* Make the zeroed frame at `root` an empty address space that shares the
 * kernel's half; on a root that has user mappings, it leaves them alone. */
void hal_vspace_init(uint64_t root);

/* log2 of the bytes one entry of a table at `depth` (0 = the root) covers. */
unsigned hal_vspace_entry_bits(unsigned depth);

/* Can an entry of a table at `depth` map a frame (not only link a table)? */
bool hal_vspace_frame_at_depth(unsigned depth);

/* The entry of the table at physical address `table`, of depth `depth`, that covers `address`. */
hal_vspace_entry_t *hal_vspace_entry_at(uint64_t table, unsigned depth, uint64_t address);

/* What `entry`, found in a table at `depth`, holds. */
enum hal_vspace_entry_kind hal_vspace_entry_kind(hal_vspace_entry_t entry, unsigned depth);

/* Physical address of the table or frame a non-empty entry names. */
uint64_t hal_vspace_entry_physical(hal_vspace_entry_t entry);

/* An entry that links the table at `table` for user access. */
hal_vspace_entry_t hal_vspace_table_entry(uint64_t table);

/* An entry of a table at `depth` that maps the frame at `frame` for user
 * access with `rights` (HAL_MAP_*); device memory is mapped uncached. */
hal_vspace_entry_t hal_vspace_frame_entry(uint64_t frame, unsigned depth, unsigned rights,
                                          bool device);

/* Forget cached translations after an entry changed: of the one mapping at
 * `address`, or of the whole user half, of the address space `root`. */
void hal_vspace_flush_entry(uint64_t root, uint64_t address);
void hal_vspace_flush_all(uint64_t root);

/* Boot only: map the 4 KiB user page at `virtual_address` to
 * `physical_address`. Missing tables are taken from `allocate_table` (zeroed
 * frames; 0 means none left). Returns false, changing nothing visible, if a
 * table could not be had, the page is already mapped, or the address is not
 * a page-aligned user address. */
bool hal_vspace_map(uint64_t root, uint64_t virtual_address, uint64_t physical_address,
                    unsigned rights, uint64_t (*allocate_table)(void));

/* Find the physical address and rights of the user page that holds
 * `virtual_address` (a 4 KiB page, or the 4 KiB part of a larger frame);
 * false if none. A page of device memory counts as none: the kernel reads
 * and writes user memory only where it is RAM, so a copy never touches a
 * device register and never needs a mapping of memory above the direct map. */
bool hal_vspace_lookup(uint64_t root, uint64_t virtual_address, uint64_t *physical_address,
                       unsigned *rights);

/* Copy `length` bytes of user memory at `user_address` in address space `root`
 * into `destination`. A9N_ERROR_INVALID_ADDRESS unless every byte lies in a
 * mapped, user-readable page of user space that is not device memory. */
enum a9n_error hal_copy_from_user(uint64_t root, void *destination, uint64_t user_address,
                                  size_t length);

/* Copy `length` bytes from `source` to user memory at `user_address` in
 * address space `root`. A9N_ERROR_INVALID_ADDRESS, having written nothing,
 * unless every byte lies in a mapped, user-writable page of user space that
 * is not device memory. */
enum a9n_error hal_copy_to_user(uint64_t root, uint64_t user_address, const void *source,
                                size_t length);

#endif
