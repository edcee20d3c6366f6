/*
 * Kernel objects' common life cycle (portable core).
 *
 * Objects with state of their own (nodes, threads, address spaces, ports)
 * have a struct object_header counting the capabilities that name them. When
 * the count drops to zero the object is queued, and destroyed by
 * object_reap(), which the kernel calls once the operation that dropped it is
 * done. Deferring keeps revoke and delete from tearing down, mid-walk, a node
 * that holds slots they still work on; reaping may drop further objects,
 * which are destroyed in the same loop, so nothing recurses.
 *
 * Generic memory, page tables, frames and I/O ports have no header: what
 * they need to undo is recorded in each capability (object_type_finalize).
 */
#ifndef A9N_KERNEL_OBJECT_H
#define A9N_KERNEL_OBJECT_H

#include <kernel/capability.h>
#include <stdint.h>

struct object_header {
    uint32_t type;
    uint32_t reference_count;
    struct object_header *next_dying;
};

/* A new capability names the object of `capability`. */
void object_acquire(const struct capability *capability);

/* A capability that named the object is gone. */
void object_release(const struct capability *capability);

/* Destroy every object whose last capability went away. */
void object_reap(void);

#endif
