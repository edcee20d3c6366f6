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
 * Destroying a node deletes every capability it holds, up to 2^20 of them,
 * so reaping stops at preemption points (preempt.h). Objects left queued
 * are dead (no capability names them, nothing can reach into them), and
 * capability_call() finishes reaping them before the call that queued them
 * reports and before any other capability call does anything, so no memory
 * is converted again while a dead object still sits in it.
 *
 * Generic memory, page tables, frames and I/O ports have no header: what
 * they need to undo is recorded in each capability (object_type_finalize).
 */
#ifndef A9N_KERNEL_OBJECT_H
#define A9N_KERNEL_OBJECT_H

#include <kernel/capability.h>
#include <stdbool.h>
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

/* The queue of objects whose last capability went away (object.c only). */
extern struct object_header *object_dying;

/* Destroy the queued objects; false if it stopped at a preemption point
 * with some still queued. */
bool object_reap_queued(void);

/* Destroy every object whose last capability went away; false if it
 * stopped at a preemption point with some still queued. Inline, since
 * after most calls nothing is queued. */
static inline bool object_reap(void)
{
    return !object_dying || object_reap_queued();
}

#endif
