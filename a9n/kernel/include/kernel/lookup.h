/*
 * Descriptor lookup (portable core): from a node capability, walk the path
 * bits of a descriptor (<a9n/capability.h>) through nested nodes to a slot.
 */
#ifndef A9N_KERNEL_LOOKUP_H
#define A9N_KERNEL_LOOKUP_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/node.h>
#include <stdbool.h>
#include <stdint.h>

struct lookup_result {
    struct slot *slot;   /* the named slot, possibly empty */
    uint8_t node_rights; /* rights of the node capability through which the slot was reached */
};

/* Walk `descriptor` from the node capability in `start`. Depth 0 names
 * `start` itself, allowed only when `allow_start` is true (otherwise
 * A9N_ERROR_INVALID_DEPTH). */
enum a9n_error lookup_slot(struct slot *start, a9n_descriptor_t descriptor, bool allow_start,
                           struct lookup_result *result);

/* The common case of lookup_slot in a few instructions, for the IPC fast
 * path: a descriptor whose depth is exactly the radix of the node in `start`
 * names a slot of that node. NULL for any other descriptor (lookup_slot
 * resolves or refuses it in full). */
static inline struct slot *lookup_slot_in_root(const struct slot *start,
                                               a9n_descriptor_t descriptor)
{
    if (start->capability.type != A9N_OBJECT_NODE)
        return 0;
    struct node *node = node_of(&start->capability);
    unsigned radix = node->radix;
    /* Clearing the expected depth leaves the path, with no bits at or above
     * the radix, exactly when the descriptor is one of this node's slots. A
     * node's radix is at least 1, so depth 0 (`start` itself) never passes. */
    uint64_t index = descriptor ^ (uint64_t)radix << A9N_DESCRIPTOR_PATH_BITS;
    if (index >> radix)
        return 0;
    return &node->slots[index];
}

/* Find the empty slots [index, index + count) (count >= 1) of the node named
 * by `node_descriptor` (from `caller_root`, depth 0 = the root), whose
 * capability must have WRITE: where operations that make capabilities put
 * them. Errors: the lookup's, EMPTY_SLOT, NOT_A_NODE, INSUFFICIENT_RIGHTS,
 * INDEX_OUT_OF_RANGE, SLOT_OCCUPIED, in that order. */
enum a9n_error lookup_destination(struct slot *caller_root, a9n_descriptor_t node_descriptor,
                                  uint64_t index, uint64_t count, struct node **node);

/* lookup_destination without its last check (whether the slots are empty). */
enum a9n_error lookup_destination_node(struct slot *caller_root, a9n_descriptor_t node_descriptor,
                                       uint64_t index, uint64_t count, struct node **node);

/* SLOT_OCCUPIED unless slots [index, index + count) of `node` are empty: one
 * byte read per slot, at most 2^A9N_NODE_MAX_RADIX of them. */
enum a9n_error lookup_empty(const struct node *node, uint64_t index, uint64_t count);

#endif
