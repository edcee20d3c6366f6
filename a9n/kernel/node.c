/*
 * Capability nodes and their operations (portable core); see
 * include/kernel/node.h and the NODE operations in a9n/api/a9n_api.json.
 *
 * Every operation first checks everything (slots named, slot states, rights
 * of the nodes they sit in, argument ranges) and only then changes anything,
 * so a failed operation leaves the capability space as it was. Slots that an
 * operation changes must sit in a node reached through a capability with the
 * WRITE right; slots it only reads need READ.
 */
#include <kernel/derivation.h>
#include <kernel/lookup.h>
#include <kernel/node.h>
#include <kernel/object_types.h>
#include <kernel/preempt.h>

struct capability node_create(void *memory, unsigned radix)
{
    struct node *node = memory;
    node->header.type = A9N_OBJECT_NODE;
    node->header.reference_count = 0;
    node->radix = (uint8_t)radix;
    return (struct capability){
        .type = A9N_OBJECT_NODE,
        .rights = A9N_RIGHTS_ALL,
        .size_bits = (uint8_t)radix,
        .object = (uint64_t)(uintptr_t)node,
    };
}

/* Empty slots a dead node's destruction skips per preemption step. */
#define NODE_EMPTY_SLOTS_PER_STEP 32u

bool node_destroy(struct node *node)
{
    while (node->destroy_cursor < node_slot_count(node)) {
        struct slot *slot = &node->slots[node->destroy_cursor];
        bool full = !slot_is_empty(slot);
        if (full) {
            if (!derivation_lift_children(slot))
                return false;
            derivation_delete(slot);
        }
        node->destroy_cursor++;
        if ((full || node->destroy_cursor % NODE_EMPTY_SLOTS_PER_STEP == 0) && preempt_point())
            return false;
    }
    return true;
}

/* Look up a slot relative to the invoked node and check the rights of the node it sits in. */
static enum a9n_error node_find(struct slot *target, a9n_descriptor_t descriptor,
                                uint8_t needed_rights, struct slot **slot)
{
    struct lookup_result found;
    enum a9n_error error = lookup_slot(target, descriptor, false, &found);
    if (error != A9N_OK)
        return error;
    if ((found.node_rights & needed_rights) != needed_rights)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    *slot = found.slot;
    return A9N_OK;
}

static bool rights_valid(uint64_t rights)
{
    return (rights & ~(uint64_t)A9N_RIGHTS_ALL) == 0;
}

/* Checks shared by copy and mint: an empty destination, a derivable source. */
static enum a9n_error node_check_derive(struct slot *target, const uint64_t *arguments,
                                        struct slot **destination, struct slot **source)
{
    enum a9n_error error = node_find(target, arguments[0], A9N_RIGHT_WRITE, destination);
    if (error == A9N_OK)
        error = node_find(target, arguments[1], A9N_RIGHT_READ, source);
    if (error != A9N_OK)
        return error;
    if (!slot_is_empty(*destination))
        return A9N_ERROR_SLOT_OCCUPIED;
    if (slot_is_empty(*source))
        return A9N_ERROR_EMPTY_SLOT;
    if (!object_type_derivable((*source)->capability.type))
        return A9N_ERROR_NOT_DERIVABLE;
    if (!rights_valid(arguments[2]))
        return A9N_ERROR_INVALID_ARGUMENT;
    return A9N_OK;
}

static enum a9n_error node_copy(struct slot *target, const uint64_t *arguments)
{
    struct slot *destination, *source;
    enum a9n_error error = node_check_derive(target, arguments, &destination, &source);
    if (error != A9N_OK)
        return error;
    derivation_copy(destination, source, (uint8_t)arguments[2]);
    object_type_derived(&destination->capability);
    return A9N_OK;
}

static enum a9n_error node_mint(struct slot *target, const uint64_t *arguments)
{
    struct slot *destination, *source;
    enum a9n_error error = node_check_derive(target, arguments, &destination, &source);
    if (error != A9N_OK)
        return error;
    /* A badge is set once: a badged capability's copies keep its badge. */
    bool badged = object_type_has_badge(source->capability.type);
    if (arguments[3] != 0 && (!badged || source->capability.data != 0))
        return A9N_ERROR_INVALID_ARGUMENT;
    derivation_copy(destination, source, (uint8_t)arguments[2]);
    object_type_derived(&destination->capability);
    if (arguments[3] != 0)
        destination->capability.data = arguments[3];
    return A9N_OK;
}

static enum a9n_error node_move(struct slot *target, const uint64_t *arguments)
{
    struct slot *destination, *source;
    enum a9n_error error = node_find(target, arguments[0], A9N_RIGHT_WRITE, &destination);
    if (error == A9N_OK)
        error = node_find(target, arguments[1], A9N_RIGHT_WRITE, &source);
    if (error != A9N_OK)
        return error;
    /* A move that stopped at a preemption point left its target below the source. */
    bool resumed = destination->capability.type == CAPABILITY_TYPE_MOVE_TARGET &&
                   destination->parent == source;
    if (!resumed && !slot_is_empty(destination))
        return A9N_ERROR_SLOT_OCCUPIED;
    if (slot_is_empty(source))
        return A9N_ERROR_EMPTY_SLOT;
    derivation_move(destination, source);
    return A9N_OK;
}

/* Find a full slot the operation will change. */
static enum a9n_error node_find_full(struct slot *target, uint64_t descriptor, struct slot **slot)
{
    enum a9n_error error = node_find(target, descriptor, A9N_RIGHT_WRITE, slot);
    if (error == A9N_OK && slot_is_empty(*slot))
        return A9N_ERROR_EMPTY_SLOT;
    return error;
}

static enum a9n_error node_demote(struct slot *target, const uint64_t *arguments)
{
    struct slot *slot;
    enum a9n_error error = node_find_full(target, arguments[0], &slot);
    if (error != A9N_OK)
        return error;
    if (!rights_valid(arguments[1]))
        return A9N_ERROR_INVALID_ARGUMENT;
    derivation_demote(slot, (uint8_t)arguments[1]);
    return A9N_OK;
}

static enum a9n_error node_delete(struct slot *target, const uint64_t *arguments)
{
    struct slot *slot;
    enum a9n_error error = node_find_full(target, arguments[0], &slot);
    if (error != A9N_OK)
        return error;
    /* Many children move up one by one; stopped midway, the call runs again. */
    if (derivation_lift_children(slot))
        derivation_delete(slot);
    return A9N_OK;
}

static enum a9n_error node_revoke(struct slot *target, const uint64_t *arguments)
{
    struct slot *slot;
    enum a9n_error error = node_find_full(target, arguments[0], &slot);
    if (error != A9N_OK)
        return error;
    derivation_revoke(slot);
    return A9N_OK;
}

static enum a9n_error node_inspect(struct slot *target, const uint64_t *arguments,
                                   uint64_t *results)
{
    struct slot *slot;
    enum a9n_error error = node_find(target, arguments[0], A9N_RIGHT_READ, &slot);
    if (error != A9N_OK)
        return error;
    results[0] = slot->capability.type;
    results[1] = slot->capability.rights;
    results[2] = object_type_has_badge(slot->capability.type) ? slot->capability.data : 0;
    return A9N_OK;
}

enum a9n_error node_invoke(struct slot *target, uint64_t operation, const uint64_t *arguments,
                           uint64_t *results)
{
    switch (operation) {
    case A9N_NODE_COPY:
        return node_copy(target, arguments);
    case A9N_NODE_MOVE:
        return node_move(target, arguments);
    case A9N_NODE_MINT:
        return node_mint(target, arguments);
    case A9N_NODE_DEMOTE:
        return node_demote(target, arguments);
    case A9N_NODE_DELETE:
        return node_delete(target, arguments);
    case A9N_NODE_REVOKE:
        return node_revoke(target, arguments);
    case A9N_NODE_INSPECT:
        return node_inspect(target, arguments, results);
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}
