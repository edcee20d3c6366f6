/*
 * Generic (untyped) memory (portable core): a power-of-two, size-aligned
 * range of physical memory from which objects are converted.
 *
 * The one-allocator rule: a generic capability cannot be copied or minted,
 * only moved, so each generic has exactly one capability and its allocation
 * cursor lives in it. Objects converted from it, child generics included,
 * are that capability's children in the derivation tree; the cursor goes
 * back to the start only when its last child is deleted, i.e. when nothing
 * converted from the memory still exists (derivation_delete). A child lifted
 * away to the generic's parent (a revoke stopped midway, derivation.c) stays
 * inside the generic's parent's range, and the cursor keeps covering it. So
 * no memory is ever handed out twice, and no stale capability can alias a
 * new object.
 */
#ifndef A9N_KERNEL_GENERIC_H
#define A9N_KERNEL_GENERIC_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

/* The capability of a generic covering [physical_base, physical_base + 2^size_bits). */
struct capability generic_create(uint64_t physical_base, unsigned size_bits, bool device);

/* Destination slots a conversion checks for emptiness between two
 * preemption points: one byte read each, a few thousand instructions. */
#define GENERIC_CHECK_SLOTS 1024u

/* Run generic operation `operation` on the generic in `target`; node
 * descriptors in the arguments are looked up from the caller's root. A
 * conversion stopped at a preemption point keeps how far its check of the
 * destination slots got in `caller` (struct conversion_check). */
enum a9n_error generic_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                              const uint64_t *arguments, uint64_t *results);

#endif
