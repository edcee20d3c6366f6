/*
 * Generic memory and conversion (portable core); see include/kernel/generic.h.
 *
 * CONVERT checks everything first: the type and size, the count, the
 * destination node, every destination slot and the free space. Objects are
 * made in zeroed memory (object_types.c knows each type's size and how to
 * make it); a child generic needs no zeroing, since whatever is later
 * converted from it is zeroed then.
 *
 * Its cost grows with sizes the user chooses (up to a 1 GiB frame, up to
 * 2^20 objects at once), so it runs in three phases, each with preemption
 * points (preempt.h), and records its progress so that the same call run
 * again goes on where it stopped:
 *
 *  0. Checking that the destination slots are empty, GENERIC_CHECK_SLOTS
 *     per step. It changes nothing. Record, for more slots than one step
 *     checks, in the calling thread (only it runs the call again): the
 *     node, index and count, and how many slots were found empty; kept
 *     through phase 1, so that a stopped zeroing does not check again, and
 *     dropped when phase 2 begins or the call ends.
 *  1. Zeroing, over the whole range, in chunks. It creates nothing: a
 *     conversion stopped here has changed nothing the user can see. Record:
 *     reserved = start offset + 1, capability.reserved = whole chunks
 *     zeroed; run again at the same offset, it skips those bytes.
 *  2. Making the objects, one by one, each put into its slot as it is made,
 *     the cursor advanced past it at once (so no memory is handed out twice,
 *     whatever runs in between). Record: reserved = CONVERSION_MAKING with
 *     the type, size and start offset + 1, capability.reserved = count. Run
 *     again with the same type, size and count, while the cursor still ends
 *     at an object of that kind and the last one made is still in its slot,
 *     it makes the rest.
 *
 * Both records can be trusted: memory at or above the allocation cursor
 * belongs to no object, so nothing writes it until a conversion from this
 * generic hands it out; a conversion that completes clears the record, one
 * that stops overwrites it with its own; the cursor goes back only when every
 * object is gone (which fails the checks of phase 2). A slot move carries
 * the record.
 *
 * Phase 2 checks each slot again as it fills it, so whatever happens while
 * a conversion is stopped, no slot is ever overwritten. A conversion is all
 * or nothing except in one case: while it is stopped, another thread takes
 * one of its destination slots that it checked already, or deletes what it
 * made. Then it ends with A9N_ERROR_SLOT_OCCUPIED when it reaches that slot,
 * and the objects made so far stay in their slots.
 */
#include <hal/hal.h>
#include <kernel/address_space.h>
#include <kernel/derivation.h>
#include <kernel/generic.h>
#include <kernel/identifier_pool.h>
#include <kernel/lookup.h>
#include <kernel/node.h>
#include <kernel/object_types.h>
#include <kernel/preempt.h>
#include <kernel/thread.h>

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

/* Bytes already handed out; derivation_delete() resets it to none when the
 * last capability converted from the generic is deleted. */
static uint64_t generic_used(const struct slot *generic)
{
    return generic->capability.data;
}

struct conversion {
    uint64_t type;
    uint64_t size_bits;
    uint64_t count;
    uint64_t object_size;
    uint64_t alignment;
    struct node *node;
    uint64_t index;
    uint64_t offset;         /* of the first object from the generic's base */
    uint64_t identifier;     /* address spaces: where to look for the next identifier */
    uint64_t identifier_end; /* and the end of the caller's pool */
};

static enum a9n_error conversion_size(struct conversion *c, const struct capability *generic)
{
    return object_type_size(c->type, c->size_bits, generic->flags & CAPABILITY_DEVICE,
                            &c->object_size, &c->alignment);
}

/* Address spaces take identifiers from the pool the caller names: it must
 * have `count` free ones. */
static enum a9n_error conversion_identifiers(struct conversion *c, struct slot *caller_root,
                                             uint64_t pool_descriptor, uint64_t made)
{
    if (c->type != A9N_OBJECT_ADDRESS_SPACE)
        return A9N_OK;
    uint64_t count;
    enum a9n_error error =
        identifier_pool_find(caller_root, pool_descriptor, &c->identifier, &count);
    if (error != A9N_OK)
        return error;
    c->identifier_end = c->identifier + count;
    if (address_space_free_in(c->identifier, count, c->count - made) < c->count - made)
        return A9N_ERROR_NOT_ENOUGH_MEMORY;
    return A9N_OK;
}

static enum a9n_error conversion_destination(struct conversion *c, struct slot *caller_root,
                                             uint64_t node_descriptor)
{
    if (c->count == 0)
        return A9N_ERROR_INVALID_ARGUMENT;
    return lookup_destination_node(caller_root, node_descriptor, c->index, c->count, &c->node);
}

/* Phase 2's record (see the top of this file): type and size are checked by
 * object_type_size, so they fit; the offset is below 2^47. */
#define CONVERSION_MAKING      (UINT64_C(1) << 63)
#define CONVERSION_OFFSET_BITS 48u

static uint64_t conversion_record(const struct conversion *c)
{
    return CONVERSION_MAKING | c->size_bits << 56 | c->type << CONVERSION_OFFSET_BITS |
           (c->offset + 1);
}

/* How many objects an earlier entry of this same conversion made (and where
 * it began, in c->offset); 0 if this is no conversion's continuation. */
static uint64_t conversion_made(struct conversion *c, const struct slot *generic)
{
    uint64_t record = generic->reserved;
    uint64_t used = generic_used(generic);
    c->offset = (record & ((UINT64_C(1) << CONVERSION_OFFSET_BITS) - 1)) - 1;
    if (!(record & CONVERSION_MAKING) || record != conversion_record(c) ||
        generic->capability.reserved != c->count || used <= c->offset ||
        (used - c->offset) % c->object_size != 0)
        return 0;
    uint64_t made = (used - c->offset) / c->object_size;
    if (made >= c->count)
        return 0;
    const struct slot *last = &c->node->slots[c->index + made - 1];
    return last->parent == generic && last->capability.type == c->type ? made : 0;
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

/* Bytes zeroed between two preemption points: a few thousand stores. */
#define GENERIC_ZERO_CHUNK (UINT64_C(1) << 15)

/* Zero the `total` bytes the conversion hands out, going on from the
 * generic's record; false if it stopped at a preemption point (and recorded
 * how far it got). A generic is at most 2^47 bytes, so the chunk count fits
 * the record's 32 bits. */
static bool conversion_zero(struct slot *generic, const struct conversion *c, uint64_t total)
{
    uint64_t done = 0;
    if (generic->reserved == c->offset + 1)
        done = generic->capability.reserved * GENERIC_ZERO_CHUNK;
    uint8_t *memory = hal_physical_to_virtual(generic->capability.object + c->offset);
    while (done < total) {
        uint64_t length = total - done < GENERIC_ZERO_CHUNK ? total - done : GENERIC_ZERO_CHUNK;
        __builtin_memset(memory + done, 0, length);
        done += length;
        if (done < total && preempt_check()) {
            generic->reserved = c->offset + 1;
            generic->capability.reserved = (uint32_t)(done / GENERIC_ZERO_CHUNK);
            return false;
        }
    }
    return true;
}

/* Check that the destination slots are empty, going on from where an
 * earlier entry of this same call got (phase 0's record, in the caller);
 * sets *stopped if it stopped at a preemption point. Slots that one step
 * checks need no record: a stopped zeroing checks them again. */
static enum a9n_error conversion_check(struct conversion_check *record, const struct conversion *c,
                                       bool *stopped)
{
    if (c->count <= GENERIC_CHECK_SLOTS)
        return lookup_empty(c->node, c->index, c->count);
    if (record->node != c->node || record->index != c->index || record->count != c->count)
        *record = (struct conversion_check){.node = c->node, .index = c->index, .count = c->count};
    while (record->checked < c->count) {
        uint64_t length = c->count - record->checked;
        if (length > GENERIC_CHECK_SLOTS)
            length = GENERIC_CHECK_SLOTS;
        enum a9n_error error = lookup_empty(c->node, c->index + record->checked, length);
        if (error != A9N_OK)
            return error;
        record->checked += length;
        if (record->checked < c->count && preempt_check()) {
            *stopped = true;
            return A9N_OK;
        }
    }
    return A9N_OK;
}

/* One entry of a conversion; sets *stopped if it stopped at a preemption
 * point (capability_call() then makes the caller run it again). */
static enum a9n_error conversion_run(struct thread *caller, struct slot *generic,
                                     const uint64_t *arguments, bool *stopped)
{
    struct slot *caller_root = &caller->cspace_root;
    struct conversion c = {
        .type = arguments[0],
        .size_bits = arguments[1],
        .count = arguments[2],
        .index = arguments[4],
    };
    uint64_t made = 0;
    enum a9n_error error = conversion_size(&c, &generic->capability);
    if (error == A9N_OK)
        error = conversion_destination(&c, caller_root, arguments[3]);
    if (error == A9N_OK)
        made = conversion_made(&c, generic);
    if (error == A9N_OK && made == 0)
        error = conversion_check(&caller->conversion_check, &c, stopped);
    if (*stopped)
        return A9N_OK;
    if (error == A9N_OK)
        error = conversion_identifiers(&c, caller_root, arguments[5], made);
    if (error == A9N_OK && made == 0)
        error = conversion_space(&c, generic);
    if (error != A9N_OK)
        return error;

    /* Fresh objects start zeroed; device memory is left alone, and a child
     * generic is zeroed piece by piece as objects are made from it. */
    bool device = generic->capability.flags & CAPABILITY_DEVICE;
    if (made == 0 && !device && c.type != A9N_OBJECT_GENERIC &&
        !conversion_zero(generic, &c, c.object_size * c.count)) {
        *stopped = true;
        return A9N_OK;
    }
    generic->reserved = 0;
    generic->capability.reserved = 0;
    caller->conversion_check.node = 0;
    for (uint64_t i = made; i < c.count; i++) {
        struct slot *slot = &c.node->slots[c.index + i];
        if (!slot_is_empty(slot))
            return A9N_ERROR_SLOT_OCCUPIED; /* taken while the conversion was stopped */
        uint64_t physical = generic->capability.object + c.offset + c.object_size * i;
        struct capability capability =
            c.type == A9N_OBJECT_ADDRESS_SPACE
                ? address_space_create(physical, &c.identifier, c.identifier_end)
                : object_type_create(c.type, c.size_bits, physical, device);
        /* Conversion is derivation too: rights only shrink. A frame may reveal
         * its physical address only if its generic may. */
        capability.rights &= generic->capability.rights;
        if (c.type == A9N_OBJECT_FRAME && (generic->capability.rights & A9N_RIGHT_PHYSICAL))
            capability.rights |= A9N_RIGHT_PHYSICAL;
        derivation_insert(slot, &capability, generic);
        generic->capability.data = c.offset + c.object_size * (i + 1);
        if (i + 1 < c.count && preempt_point()) {
            generic->reserved = conversion_record(&c);
            generic->capability.reserved = (uint32_t)c.count;
            *stopped = true;
            return A9N_OK;
        }
    }
    return A9N_OK;
}

static enum a9n_error generic_convert(struct thread *caller, struct slot *generic,
                                      const uint64_t *arguments)
{
    bool stopped = false;
    enum a9n_error error = conversion_run(caller, generic, arguments, &stopped);
    /* Phase 0's record outlives only a stop: a call that ends forgets it. */
    if (!stopped)
        caller->conversion_check.node = 0;
    return error;
}

enum a9n_error generic_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                              const uint64_t *arguments, uint64_t *results)
{
    switch (operation) {
    case A9N_GENERIC_CONVERT:
        return generic_convert(caller, target, arguments);
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
