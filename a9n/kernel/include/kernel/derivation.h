/*
 * Deriving, deleting and revoking capabilities (portable core): the slot
 * operations that also keep objects' reference counts. Callers run
 * object_reap() once their whole operation is done.
 */
#ifndef A9N_KERNEL_DERIVATION_H
#define A9N_KERNEL_DERIVATION_H

#include <kernel/capability.h>
#include <stdbool.h>
#include <stdint.h>

/* Put a copy of `source` with rights narrowed to `rights` into the empty
 * `destination`, as a child of `source`. */
void derivation_copy(struct slot *destination, struct slot *source, uint8_t rights);

/* Put a new object's first capability into the empty `destination`, as a child of `parent`. */
void derivation_insert(struct slot *destination, const struct capability *capability,
                       struct slot *parent);

/* Empty `slot`, releasing its object; its children move up to its parent.
 * Constant time when it has at most one (derivation_lift_children). */
void derivation_delete(struct slot *slot);

/* Move the children of `slot` up to its parent one by one, stopping at a
 * preemption point; true once at most one is left, which
 * derivation_delete moves. */
bool derivation_lift_children(struct slot *slot);

/* Narrow the rights of the capability in `slot` and of every capability
 * derived from it to `rights`, so rights still only shrink along derivation;
 * false if it stopped at a preemption point first (run again with the same
 * slot and rights, it goes on where it stopped). */
bool derivation_demote(struct slot *slot, uint8_t rights);

/* Move the capability in `source` with its children and place in the tree to
 * `destination`: empty, or the move target an earlier call that stopped left
 * there (a child of `source` of type CAPABILITY_TYPE_MOVE_TARGET). False if
 * it stopped at a preemption point first; run again, it goes on. */
bool derivation_move(struct slot *destination, struct slot *source);

/* Delete every capability derived, directly or not, from the one in `slot`,
 * in time linear in their number; false if it stopped at a preemption point
 * first (what it deleted stays deleted). */
bool derivation_revoke(struct slot *slot);

#endif
