/*
 * Descriptor lookup (portable core); see include/kernel/lookup.h.
 *
 * A descriptor's depth says how many path bits to consume; each node on the
 * way consumes its radix bits, most significant first, as a slot index. The
 * walk ends exactly when the depth is used up, so every failure has its own
 * error: bits outside the depth (malformed), a depth that ends inside a
 * node's index (bad depth), an empty or non-node slot on the way.
 */
#include <kernel/lookup.h>
#include <kernel/node.h>

enum a9n_error lookup_slot(struct slot *start, a9n_descriptor_t descriptor, bool allow_start,
                           struct lookup_result *result)
{
    uint64_t depth = descriptor >> A9N_DESCRIPTOR_PATH_BITS;
    uint64_t path = descriptor & ((UINT64_C(1) << A9N_DESCRIPTOR_PATH_BITS) - 1);
    if (depth > A9N_DESCRIPTOR_MAX_DEPTH || (depth < A9N_DESCRIPTOR_PATH_BITS && (path >> depth)))
        return A9N_ERROR_MALFORMED_DESCRIPTOR;
    if (depth == 0) {
        if (!allow_start)
            return A9N_ERROR_INVALID_DEPTH;
        result->slot = start;
        result->node_rights = start->capability.rights;
        return A9N_OK;
    }
    const struct capability *node_capability = &start->capability;
    if (node_capability->type != A9N_OBJECT_NODE)
        return A9N_ERROR_NOT_A_NODE;
    uint64_t remaining = depth;
    for (;;) {
        struct node *node = node_of(node_capability);
        if (node->radix > remaining)
            return A9N_ERROR_INVALID_DEPTH;
        remaining -= node->radix;
        uint64_t index = (path >> remaining) & (node_slot_count(node) - 1);
        struct slot *slot = &node->slots[index];
        if (remaining == 0) {
            result->slot = slot;
            result->node_rights = node_capability->rights;
            return A9N_OK;
        }
        if (slot_is_empty(slot))
            return A9N_ERROR_EMPTY_SLOT;
        if (slot->capability.type != A9N_OBJECT_NODE)
            return A9N_ERROR_NOT_A_NODE;
        node_capability = &slot->capability;
    }
}

enum a9n_error lookup_destination_node(struct slot *caller_root, a9n_descriptor_t node_descriptor,
                                       uint64_t index, uint64_t count, struct node **node)
{
    struct lookup_result found;
    enum a9n_error error = lookup_slot(caller_root, node_descriptor, true, &found);
    if (error != A9N_OK)
        return error;
    const struct capability *capability = &found.slot->capability;
    if (slot_is_empty(found.slot))
        return A9N_ERROR_EMPTY_SLOT;
    if (capability->type != A9N_OBJECT_NODE)
        return A9N_ERROR_NOT_A_NODE;
    if (!(capability->rights & A9N_RIGHT_WRITE))
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    struct node *destination = node_of(capability);
    uint64_t end;
    if (__builtin_add_overflow(index, count, &end) || end > node_slot_count(destination))
        return A9N_ERROR_INDEX_OUT_OF_RANGE;
    *node = destination;
    return A9N_OK;
}

enum a9n_error lookup_empty(const struct node *node, uint64_t index, uint64_t count)
{
    for (uint64_t i = index; i < index + count; i++) {
        if (!slot_is_empty(&node->slots[i]))
            return A9N_ERROR_SLOT_OCCUPIED;
    }
    return A9N_OK;
}

enum a9n_error lookup_destination(struct slot *caller_root, a9n_descriptor_t node_descriptor,
                                  uint64_t index, uint64_t count, struct node **node)
{
    enum a9n_error error =
        lookup_destination_node(caller_root, node_descriptor, index, count, node);
    return error == A9N_OK ? lookup_empty(*node, index, count) : error;
}
