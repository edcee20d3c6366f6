/*
 * Kernel objects ULMM makes for a client: threads, IPC ports, notifications
 * and capability nodes, each charged to the client's session.
 *
 * Layer: ULMM core. Each object gets a block of its own (4 KiB, or the
 * power of two a large node needs), so freeing it, or closing the session,
 * reclaims the block: revocation destroys the object and every copy of its
 * capability the client made, and the memory is whole again. The session
 * pays the block's full size plus a record: what it costs the system.
 */
#include "ulmm.h"

#define OBJECT_NODE_MAX_RADIX 20

static unsigned object_order(uint64_t kind, uint64_t size)
{
    if (kind != ULMM_OBJECT_NODE)
        return ULMM_PAGE_BITS;
    /* A node of radix r takes 64 * (2^r + 1) bytes. */
    uint64_t bytes = UINT64_C(64) * ((UINT64_C(1) << size) + 1u);
    unsigned order = ULMM_PAGE_BITS;
    while ((UINT64_C(1) << order) < bytes)
        order++;
    return order;
}

static enum ulmm_error object_check(uint64_t kind, uint64_t size)
{
    switch (kind) {
    case ULMM_OBJECT_THREAD:
    case ULMM_OBJECT_IPC_PORT:
    case ULMM_OBJECT_NOTIFICATION:
        return size == 0 ? ULMM_OK : ULMM_ERROR_INVALID_ARGUMENT;
    case ULMM_OBJECT_NODE:
        return size >= 1 && size <= OBJECT_NODE_MAX_RADIX ? ULMM_OK : ULMM_ERROR_INVALID_ARGUMENT;
    default:
        /* Frames, page tables and address spaces are never handed out. */
        return ULMM_ERROR_INVALID_ARGUMENT;
    }
}

enum ulmm_error ulmm_object_alloc(struct ulmm *u, uint64_t session, uint64_t kind, uint64_t size,
                                  uint64_t *handle, ulmm_cap *cap)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK)
        error = object_check(kind, size);
    unsigned order = error == ULMM_OK ? object_order(kind, size) : 0;
    uint64_t charge = (UINT64_C(1) << order) + ULMM_RECORD_CHARGE;
    if (error == ULMM_OK && !ulmm_charge_fits(s, charge))
        error = ULMM_ERROR_OUT_OF_QUOTA;
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    struct ulmm_object *object = error == ULMM_OK ? ulmm_meta_alloc(u, sizeof *object) : NULL;
    if (error == ULMM_OK && object == NULL)
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error != ULMM_OK)
        return error;
    if (!ulmm_handle_issue(u, &object->owned, ULMM_KIND_OBJECT)) {
        ulmm_meta_free(u, object, sizeof *object);
        return ULMM_ERROR_OUT_OF_MEMORY;
    }
    if (ulmm_buddy_convert(u, (unsigned)kind, (unsigned)size, order, &object->block,
                           &object->cap) != 0) {
        ulmm_handle_retire(u, &object->owned);
        ulmm_meta_free(u, object, sizeof *object);
        return ULMM_ERROR_OUT_OF_MEMORY;
    }
    object->owned.owner = s;
    object->kind = kind;
    object->size = size;
    object->next = s->objects;
    if (s->objects)
        s->objects->prev = object;
    s->objects = object;
    ulmm_charge(s, charge);
    *handle = object->owned.handle;
    *cap = object->cap;
    return ULMM_OK;
}

static void object_destroy(struct ulmm *u, struct ulmm_object *object)
{
    struct ulmm_session *s = object->owned.owner;
    ulmm_uncharge(s, (UINT64_C(1) << object->block->order) + ULMM_RECORD_CHARGE);
    ulmm_buddy_destroy(u, object->block, object->cap);
    if (object->prev)
        object->prev->next = object->next;
    else
        s->objects = object->next;
    if (object->next)
        object->next->prev = object->prev;
    ulmm_handle_retire(u, &object->owned);
    ulmm_meta_free(u, object, sizeof *object);
}

enum ulmm_error ulmm_object_free(struct ulmm *u, uint64_t session, uint64_t handle)
{
    struct ulmm_session *s;
    struct ulmm_owned *owned = NULL;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK)
        error = ulmm_owned_find(u, s, handle, ULMM_KIND_OBJECT, &owned);
    if (error == ULMM_OK)
        object_destroy(u, (struct ulmm_object *)owned);
    return error;
}

void ulmm_object_release_all(struct ulmm *u, struct ulmm_session *s)
{
    while (s->objects)
        object_destroy(u, s->objects);
}
