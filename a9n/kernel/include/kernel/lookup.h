/*
 * Descriptor lookup (portable core): from a node capability, walk the path
 * bits of a descriptor (<a9n/capability.h>) through nested nodes to a slot.
 */
#ifndef A9N_KERNEL_LOOKUP_H
#define A9N_KERNEL_LOOKUP_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <stdbool.h>
#include <stdint.h>

struct node;

struct lookup_result {
    struct slot *slot;   /* the named slot, possibly empty */
    uint8_t node_rights; /* rights of the node capability through which the slot was reached */
};

/* Walk `descriptor` from the node capability in `start`. Depth 0 names
 * `start` itself, allowed only when `allow_start` is true (otherwise
 * A9N_ERROR_INVALID_DEPTH). */
enum a9n_error lookup_slot(struct slot *start, a9n_descriptor_t descriptor, bool allow_start,
                           struct lookup_result *result);

/* Find the empty slots [index, index + count) (count >= 1) of the node named
 * by `node_descriptor` (from `caller_root`, depth 0 = the root), whose
 * capability must have WRITE: where operations that make capabilities put
 * them. Errors: the lookup's, EMPTY_SLOT, NOT_A_NODE, INSUFFICIENT_RIGHTS,
 * INDEX_OUT_OF_RANGE, SLOT_OCCUPIED, in that order. */
enum a9n_error lookup_destination(struct slot *caller_root, a9n_descriptor_t node_descriptor,
                                  uint64_t index, uint64_t count, struct node **node);

#endif
