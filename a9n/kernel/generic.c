/*
 * Generic memory and conversion (portable core); see include/kernel/generic.h.
 *
 * CONVERT is atomic: the type and size, the count, the destination node,
 * every destination slot and the free space are all checked before the first
 * object is made. Kernel objects are made in zeroed memory; a child generic
 * needs no zeroing, since whatever is later converted from it is zeroed then.
 */
#include <hal/hal.h>
#include <kernel/derivation.h>
#include <kernel/generic.h>
#include <kernel/lookup.h>
#include <kernel/node.h>

struct capability generic_create(uint64_t physical_base, unsigned size_bits, bool device)
{
    return (struct capability){
        .type = A9N_OBJECT_GENERIC,
        .rights = A9N_RIGHTS_ALL,
        .size_bits = (uint8_t)size_bits,
        .flags = device ? CAPABILITY_DEVICE : 0,
        .object = physical_base,
        .data = 0,
    };
}

/* Bytes already handed out; none once nothing converted from it is left. */
static uint64_t generic_used(const struct slot *generic)
{
    return generic->first_child ? generic->capability.data : 0;
}

struct conversion {
    uint64_t type;
    uint64_t size_bits;
    uint64_t count;
    uint64_t object_size;
    uint64_t alignment;
    struct node *node;
    uint64_t index;
    uint64_t offset; /* of the first object from the generic's base */
};

static enum a9n_error conversion_size(struct conversion *c, const struct capability *generic)
{
    switch (c->type) {
    case A9N_OBJECT_NODE:
        if (c->size_bits < 1 || c->size_bits > A9N_NODE_MAX_RADIX)
            return A9N_ERROR_INVALID_ARGUMENT;
        c->object_size = node_size((unsigned)c->size_bits);
        c->alignment = sizeof(struct slot);
        break;
    case A9N_OBJECT_GENERIC:
        if (c->size_bits < A9N_GENERIC_MIN_BITS || c->size_bits > A9N_GENERIC_MAX_BITS)
            return A9N_ERROR_INVALID_ARGUMENT;
        c->object_size = UINT64_C(1) << c->size_bits;
        c->alignment = c->object_size;
        break;
    default:
        return A9N_ERROR_INVALID_ARGUMENT;
    }
    /* Device memory may hold only memory that user space maps, never kernel objects. */
    if ((generic->flags & CAPABILITY_DEVICE) && c->type != A9N_OBJECT_GENERIC)
        return A9N_ERROR_INVALID_ARGUMENT;
    return A9N_OK;
}

static enum a9n_error conversion_destination(struct conversion *c, struct slot *caller_root,
                                             uint64_t node_descriptor)
{
    struct lookup_result found;
    enum a9n_error error = lookup_slot(caller_root, node_descriptor, true, &found);
    if (error != A9N_OK)
        return error;
    const struct capability *destination = &found.slot->capability;
    if (slot_is_empty(found.slot))
        return A9N_ERROR_EMPTY_SLOT;
    if (destination->type != A9N_OBJECT_NODE)
        return A9N_ERROR_NOT_A_NODE;
    if (!(destination->rights & A9N_RIGHT_WRITE))
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    c->node = node_of(destination);
    uint64_t end;
    if (c->count == 0 || __builtin_add_overflow(c->index, c->count, &end) ||
        end > node_slot_count(c->node))
        return c->count == 0 ? A9N_ERROR_INVALID_ARGUMENT : A9N_ERROR_INDEX_OUT_OF_RANGE;
    for (uint64_t i = c->index; i < end; i++) {
        if (!slot_is_empty(&c->node->slots[i]))
            return A9N_ERROR_SLOT_OCCUPIED;
    }
    return A9N_OK;
}

static enum a9n_error conversion_space(struct conversion *c, const struct slot *generic)
{
    uint64_t base = generic->capability.object;
    uint64_t size = UINT64_C(1) << generic->capability.size_bits;
    uint64_t start = base + generic_used(generic);
    uint64_t aligned = (start + c->alignment - 1) & ~(c->alignment - 1);
    uint64_t total;
    if (__builtin_mul_overflow(c->object_size, c->count, &total) || aligned < start ||
        aligned - base > size || total > size - (aligned - base))
        return A9N_ERROR_NOT_ENOUGH_MEMORY;
    c->offset = aligned - base;
    return A9N_OK;
}

static enum a9n_error generic_convert(struct slot *generic, struct slot *caller_root,
                                      const uint64_t *arguments)
{
    struct conversion c = {
        .type = arguments[0],
        .size_bits = arguments[1],
        .count = arguments[2],
        .index = arguments[4],
    };
    enum a9n_error error = conversion_size(&c, &generic->capability);
    if (error == A9N_OK)
        error = conversion_destination(&c, caller_root, arguments[3]);
    if (error == A9N_OK)
        error = conversion_space(&c, generic);
    if (error != A9N_OK)
        return error;

    uint64_t physical = generic->capability.object + c.offset;
    bool device = generic->capability.flags & CAPABILITY_DEVICE;
    for (uint64_t i = 0; i < c.count; i++, physical += c.object_size) {
        struct capability capability;
        if (c.type == A9N_OBJECT_NODE) {
            void *memory = hal_physical_to_virtual(physical);
            __builtin_memset(memory, 0, c.object_size);
            capability = node_create(memory, (unsigned)c.size_bits);
        } else {
            capability = generic_create(physical, (unsigned)c.size_bits, device);
        }
        derivation_insert(&c.node->slots[c.index + i], &capability, generic);
    }
    generic->capability.data = c.offset + c.object_size * c.count;
    return A9N_OK;
}

enum a9n_error generic_invoke(struct slot *target, struct slot *caller_root, uint64_t operation,
                              const uint64_t *arguments, uint64_t *results)
{
    switch (operation) {
    case A9N_GENERIC_CONVERT:
        return generic_convert(target, caller_root, arguments);
    case A9N_GENERIC_GET_INFO: {
        uint64_t size = UINT64_C(1) << target->capability.size_bits;
        results[0] = size;
        results[1] = size - generic_used(target);
        results[2] = (target->capability.flags & CAPABILITY_DEVICE) ? A9N_GENERIC_DEVICE : 0;
        return A9N_OK;
    }
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}
