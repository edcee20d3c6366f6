/*
 * Descriptor lookup (portable core): from a node capability, walk the path
 * bits of a descriptor (<a9n/capability.h>) through nested nodes to a slot.
 */
#ifndef A9N_KERNEL_LOOKUP_H
#define A9N_KERNEL_LOOKUP_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <stdbool.h>

struct lookup_result {
    struct slot *slot;   /* the named slot, possibly empty */
    uint8_t node_rights; /* rights of the node capability through which the slot was reached */
};

/* Walk `descriptor` from the node capability in `start`. Depth 0 names
 * `start` itself, allowed only when `allow_start` is true (otherwise
 * A9N_ERROR_INVALID_DEPTH). */
enum a9n_error lookup_slot(struct slot *start, a9n_descriptor_t descriptor, bool allow_start,
                           struct lookup_result *result);

#endif
