/*
 * Memory objects (portable core): the translation-tree walks they share
 * (vspace.c, over the HAL's translation-tree operations); each object has
 * its own header (address_space.h, page_table.h, frame.h). The objects:
 * address spaces, page tables named by depth, frames of 4 KiB, 2 MiB and
 * 1 GiB. Lifetimes: a frame capability records where it maps its frame and
 * unmaps it when deleted; a page-table capability (unique) records where it
 * links its table and unlinks it when deleted; an address space gets an
 * identifier when made, and mappings made into it are checked against that
 * identifier, so a capability whose address space is gone unmaps nothing.
 *
 * Capability words:
 *   ADDRESS_SPACE  object = physical address of the root table,
 *                  data, reserved = its identifier record (see below, address 0)
 *   PAGE_TABLE     object = physical address, size_bits = depth,
 *                  data, reserved = record of where it is linked, data 0 if never
 *   FRAME          object = physical address, size_bits = log2 of its size,
 *                  flags & CAPABILITY_DEVICE for device memory,
 *                  data, reserved = record of where it is mapped, data 0 if never
 * A record packs an address-space identifier, that identifier's generation
 * (48 bits, never wrapping) and an address (address_space.c). A capability maps or links something
 * only while its record names a live address space whose entry at that
 * address still holds its frame or table: records are never trusted alone,
 * so a table unlinked above, an address space destroyed or an identifier
 * reused leaves nothing a stale record could wrongly change.
 */
#ifndef A9N_KERNEL_VSPACE_H
#define A9N_KERNEL_VSPACE_H

#include <a9n/a9n.h>
#include <hal/vspace.h>
#include <stdbool.h>
#include <stdint.h>

enum vspace_walk_status {
    VSPACE_FOUND,         /* the entry is there, empty or not */
    VSPACE_TABLE_MISSING, /* the table at `depth` is missing */
    VSPACE_FRAME_IN_WAY,  /* the entry at `depth` maps a frame where a table is needed */
};

struct vspace_walk {
    hal_vspace_entry_t *entry; /* VSPACE_FOUND: the entry covering the address */
    unsigned depth;            /* otherwise: where the walk stopped */
};

/* Walk the tree of `root` towards `address`, down to the entry of the table at `depth`. */
enum vspace_walk_status vspace_walk(uint64_t root, uint64_t address, unsigned depth,
                                    struct vspace_walk *walk);

/* Is [address, address + 2^size_bits) inside user space? */
bool vspace_user_range(uint64_t address, unsigned size_bits);

/* Depth of the tables whose entries map frames of 2^size_bits bytes; 0 if none can. */
unsigned vspace_frame_depth(uint64_t size_bits);

/* Empty every user entry of the root table `root`. */
void vspace_clear_user(uint64_t root);

#endif
