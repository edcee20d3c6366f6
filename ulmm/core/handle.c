/*
 * Handles: the numbers by which clients name sessions, shared objects,
 * grants and kernel objects.
 *
 * Layer: ULMM core. A handle is index (bits 0-23) | kind (24-31) |
 * generation (32-63) into one table of entries. Retiring an entry keeps its
 * generation, and reissuing it increments it, so a handle that once was
 * valid is recognised as stale (replayed) for as long as its entry is not
 * reused 2^32 times, a handle never issued is recognised as forged, and a
 * live handle of another session as foreign: three distinct errors.
 */
#include "ulmm.h"

#define HANDLE_INDEX_BITS 24

static uint64_t handle_make(uint32_t index, unsigned kind, uint32_t generation)
{
    return (uint64_t)index | (uint64_t)kind << HANDLE_INDEX_BITS | (uint64_t)generation << 32;
}

static struct ulmm_handle_entry *handle_entry(struct ulmm_handles *h, uint32_t index)
{
    struct ulmm_handle_entry *page = h->pages[index / ULMM_HANDLE_PAGE];
    return page ? &page[index % ULMM_HANDLE_PAGE] : NULL;
}

bool ulmm_handle_issue(struct ulmm *u, struct ulmm_owned *object, unsigned kind)
{
    struct ulmm_handles *h = &u->handles;
    if (h->used == 0)
        h->used = 1; /* index 0 is never a handle */
    uint32_t index = h->free_first;
    struct ulmm_handle_entry *entry;
    if (index != 0) {
        entry = handle_entry(h, index);
        h->free_first = (uint32_t)(uintptr_t)entry->object;
    } else {
        index = h->used;
        if (index >= ULMM_HANDLE_PAGE * ULMM_HANDLE_PAGES)
            return false;
        if (h->pages[index / ULMM_HANDLE_PAGE] == NULL) {
            struct ulmm_handle_entry *page =
                ulmm_meta_alloc(u, sizeof(struct ulmm_handle_entry) * ULMM_HANDLE_PAGE);
            if (page == NULL)
                return false;
            h->pages[index / ULMM_HANDLE_PAGE] = page;
        }
        h->used++;
        entry = handle_entry(h, index);
    }
    entry->generation++;
    if (entry->generation == 0)
        entry->generation = 1;
    entry->kind = (uint8_t)kind;
    entry->object = object;
    object->handle = handle_make(index, kind, entry->generation);
    h->live++;
    return true;
}

void ulmm_handle_retire(struct ulmm *u, struct ulmm_owned *object)
{
    struct ulmm_handles *h = &u->handles;
    uint32_t index = (uint32_t)(object->handle & ((1u << HANDLE_INDEX_BITS) - 1));
    struct ulmm_handle_entry *entry = handle_entry(h, index);
    /* A free entry's object field links the free entries (by index). */
    entry->object = (struct ulmm_owned *)(uintptr_t)h->free_first;
    entry->kind = 0;
    h->free_first = index;
    h->live--;
}

enum ulmm_error ulmm_handle_find(struct ulmm *u, uint64_t handle, unsigned kind,
                                 struct ulmm_owned **object)
{
    struct ulmm_handles *h = &u->handles;
    uint32_t index = (uint32_t)(handle & ((1u << HANDLE_INDEX_BITS) - 1));
    unsigned handle_kind = (unsigned)(handle >> HANDLE_INDEX_BITS) & 0xff;
    uint32_t generation = (uint32_t)(handle >> 32);
    if (index == 0 || index >= h->used || handle_kind != kind || generation == 0)
        return ULMM_ERROR_BAD_HANDLE;
    struct ulmm_handle_entry *entry = handle_entry(h, index);
    if (entry->kind == kind && entry->generation == generation) {
        *object = entry->object;
        return ULMM_OK;
    }
    /* Not live: stale if this entry issued that generation before. */
    if (generation < entry->generation || (generation == entry->generation && entry->kind == 0))
        return ULMM_ERROR_STALE_HANDLE;
    return ULMM_ERROR_BAD_HANDLE;
}

enum ulmm_error ulmm_session_find(struct ulmm *u, uint64_t handle, struct ulmm_session **session)
{
    struct ulmm_owned *owned;
    enum ulmm_error error = ulmm_handle_find(u, handle, ULMM_KIND_SESSION, &owned);
    if (error == ULMM_OK)
        *session = (struct ulmm_session *)owned;
    return error;
}

enum ulmm_error ulmm_owned_find(struct ulmm *u, const struct ulmm_session *session, uint64_t handle,
                                unsigned kind, struct ulmm_owned **object)
{
    enum ulmm_error error = ulmm_handle_find(u, handle, kind, object);
    if (error == ULMM_OK && (*object)->owner != session)
        return ULMM_ERROR_FOREIGN_HANDLE;
    return error;
}
