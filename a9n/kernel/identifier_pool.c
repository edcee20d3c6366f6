/*
 * Identifier pools (portable core); see include/kernel/identifier_pool.h and
 * the identifier_pool operations in a9n/api/a9n_api.json.
 *
 * Address-space identifiers name address spaces in the records of frames
 * and page tables (address_space.c). There are a fixed number of them, so
 * no program may take them at will: converting an address space names a
 * pool, and takes the identifier from its range. The root server holds the
 * pool of every identifier and issues narrower pools, as it issues I/O port
 * ranges; a holder can exhaust its own pool, never another's. Revoking a
 * pool takes back the capabilities issued from it; identifiers already
 * given to address spaces stay theirs until the address spaces go.
 */
#include <kernel/address_space.h>
#include <kernel/derivation.h>
#include <kernel/identifier_pool.h>
#include <kernel/lookup.h>

struct capability identifier_pool_create_all(void)
{
    return (struct capability){
        .type = A9N_OBJECT_IDENTIFIER_POOL,
        .rights = A9N_RIGHTS_ALL,
        .object = 1,
        .data = address_space_identifier_count(),
    };
}

/* Is [first, first + count) inside the pool? */
static bool identifier_pool_inside(const struct capability *pool, uint64_t first, uint64_t count)
{
    uint64_t end;
    return !__builtin_add_overflow(first, count, &end) && first >= pool->object &&
           end <= pool->object + pool->data;
}

enum a9n_error identifier_pool_find(struct slot *caller_root, uint64_t descriptor, uint64_t *first,
                                    uint64_t *count)
{
    struct lookup_result found;
    enum a9n_error error = lookup_slot(caller_root, descriptor, true, &found);
    if (error != A9N_OK)
        return error;
    const struct capability *pool = &found.slot->capability;
    if (slot_is_empty(found.slot))
        return A9N_ERROR_EMPTY_SLOT;
    if (pool->type != A9N_OBJECT_IDENTIFIER_POOL)
        return A9N_ERROR_WRONG_TYPE;
    if (!(pool->rights & A9N_RIGHT_WRITE))
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    *first = pool->object;
    *count = pool->data;
    return A9N_OK;
}

static enum a9n_error identifier_pool_issue_range(struct slot *caller_root, struct slot *source,
                                                  const uint64_t *arguments)
{
    uint64_t first = arguments[0];
    uint64_t count = arguments[1];
    if (count == 0 || !identifier_pool_inside(&source->capability, first, count))
        return A9N_ERROR_INVALID_ARGUMENT;
    struct node *node;
    enum a9n_error error = lookup_destination(caller_root, arguments[2], arguments[3], 1, &node);
    if (error != A9N_OK)
        return error;
    struct capability capability = source->capability;
    capability.object = first;
    capability.data = count;
    derivation_insert(&node->slots[arguments[3]], &capability, source);
    return A9N_OK;
}

enum a9n_error identifier_pool_invoke(struct slot *caller_root, struct slot *target,
                                      uint64_t operation, const uint64_t *arguments,
                                      uint64_t *results)
{
    const struct capability *pool = &target->capability;
    switch (operation) {
    case A9N_IDENTIFIER_POOL_ISSUE_RANGE:
        return identifier_pool_issue_range(caller_root, target, arguments);
    case A9N_IDENTIFIER_POOL_GET_INFO:
        results[0] = pool->object;
        results[1] = pool->data;
        results[2] = address_space_free_in(pool->object, pool->data, UINT64_MAX);
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}
