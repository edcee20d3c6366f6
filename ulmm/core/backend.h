/*
 * The backend: every kernel operation ULMM's core needs, as function pointers.
 *
 * Layer: ULMM core (pure logic, built for the guest and for the host). The
 * core never makes a kernel call itself; the server's backend
 * (ulmm/server/kernel_backend.c) turns these into A9N capability calls, and
 * the host tests plug in a fake that simulates generics, frames and address
 * spaces and checks that the core uses them correctly.
 *
 * A `ulmm_cap` names one capability the backend holds for ULMM (a slot of its
 * capability space). Every function returns 0 on success or a nonzero
 * backend-specific code; the core reports such failures as
 * ULMM_ERROR_BACKEND or ULMM_ERROR_OUT_OF_MEMORY and undoes what it began.
 * One code is common to every backend: ULMM_BACKEND_TABLE_MISSING.
 */
#ifndef ULMM_CORE_BACKEND_H
#define ULMM_CORE_BACKEND_H

#include <stddef.h>
#include <stdint.h>

typedef uint64_t ulmm_cap;

/* frame_map's answer when a page table the address needs is not there: the
 * core links the missing tables and maps again. Mapping first and asking
 * which table is missing only then spares a kernel call per page. */
#define ULMM_BACKEND_TABLE_MISSING (-2)

struct ulmm_backend {
    void *context;

    /* Convert the (empty) generic `parent` into `count` (2 or 16) equal
     * pieces, generics of 2^child_bits bytes each, in fresh capabilities. */
    int (*generic_split)(void *context, ulmm_cap parent, unsigned child_bits, unsigned count,
                         ulmm_cap *children);
    /* Convert the (empty) generic into one object of the kind and size. The
     * generic is then used up until reclaimed. */
    int (*generic_convert)(void *context, ulmm_cap generic, unsigned kind, unsigned size,
                           ulmm_cap *object);
    /* Destroy everything made from the generic, wherever its capabilities
     * went (revocation), so that it is empty again. */
    int (*generic_reclaim)(void *context, ulmm_cap generic);
    /* Delete a capability if it still exists and forget its slot. */
    void (*cap_release)(void *context, ulmm_cap cap);
    /* Forget the slot of a capability that a reclaim of its generic has
     * destroyed already (no kernel call: the slot is empty). */
    void (*cap_forget)(void *context, ulmm_cap cap);
    /* Delete every capability derived from cap (the copies clients hold). */
    int (*cap_revoke)(void *context, ulmm_cap cap);
    /* A second capability to the same frame, to map it again. */
    int (*cap_copy)(void *context, ulmm_cap cap, ulmm_cap *copy);

    /* Map, unmap, re-protect the mapping a frame capability made. Rights
     * are ULMM_PROT_* bits. frame_map answers ULMM_BACKEND_TABLE_MISSING,
     * having changed nothing, when a page table is missing. */
    int (*frame_map)(void *context, ulmm_cap frame, ulmm_cap space, uint64_t address,
                     uint64_t prot);
    int (*frame_unmap)(void *context, ulmm_cap frame);
    int (*frame_protect)(void *context, ulmm_cap frame, uint64_t prot);

    /* Depth of the first page table missing to map a 4 KiB frame at address
     * in space (0 if none), and linking a table in. */
    int (*space_missing_depth)(void *context, ulmm_cap space, uint64_t address, unsigned *depth);
    int (*table_map)(void *context, ulmm_cap table, ulmm_cap space, uint64_t address);

    /* Room for capabilities: how many free slots the backend has, and
     * growing them with an empty generic of 2^slots_grow_bits bytes (made
     * into a capability node); both may be NULL for a backend of fixed
     * room. */
    uint64_t (*slots_free)(void *context);
    int (*slots_grow)(void *context, ulmm_cap generic);
    unsigned slots_grow_bits;

    /* Map a frame at address of ULMM's own address space (its page tables
     * are there) for ULMM's bookkeeping, and return where ULMM reaches it;
     * the page stays mapped for ULMM's lifetime. */
    void *(*self_map)(void *context, ulmm_cap frame, ulmm_cap space, uint64_t address);
};

#endif
