/*
 * Shared memory: objects of eagerly made pages that several sessions map.
 *
 * Layer: ULMM core. The creating session owns the object and pays for its
 * pages. It hands access on as a grant: a handle plus an unpredictable key,
 * with chosen rights (a bearer token; over ULMMI the pair travels to the
 * other process however the two agree, and the rights bound every mapping
 * made with it). A mapping holds a copy of each page's frame capability;
 * destroying the object (or closing its owner's session) reclaims every
 * page, which revokes all copies, and leaves the other sessions' ranges
 * reserved but unbacked, so a later touch goes to their supervisor instead
 * of silently reaching other memory.
 */
#include "ulmm.h"

static uint64_t share_key(struct ulmm *u)
{
    /* xorshift64*: unpredictable enough given a secret seed, never 0. */
    u->random ^= u->random >> 12;
    u->random ^= u->random << 25;
    u->random ^= u->random >> 27;
    return (u->random * UINT64_C(2685821657736338717)) | 1u;
}

static void share_pages_free(struct ulmm *u, struct ulmm_share *share)
{
    uint64_t index = 0;
    while (ulmm_pagemap_next(&share->frames, &index, share->pages)) {
        struct ulmm_page *page = ulmm_pagemap_take(u, &share->frames, index);
        ulmm_buddy_destroy(u, page->block, page->frame);
        ulmm_meta_free(u, page, sizeof *page);
        index++;
    }
    ulmm_pagemap_clear(u, &share->frames);
}

enum ulmm_error ulmm_share_create(struct ulmm *u, uint64_t session, uint64_t size, uint64_t *out)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK &&
        (size == 0 || size & (ULMM_PAGE_SIZE - 1) || size > ULMM_WINDOW_END - ULMM_WINDOW_START))
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error == ULMM_OK && !ulmm_charge_fits(s, size + ULMM_RECORD_CHARGE))
        error = ULMM_ERROR_OUT_OF_QUOTA;
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    struct ulmm_share *share = error == ULMM_OK ? ulmm_meta_alloc(u, sizeof *share) : NULL;
    if (error == ULMM_OK && share == NULL)
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error != ULMM_OK)
        return error;
    share->pages = size >> ULMM_PAGE_BITS;
    for (uint64_t i = 0; i < share->pages && error == ULMM_OK; i++) {
        struct ulmm_page *page = NULL;
        if (!ulmm_meta_refill(u) || (page = ulmm_meta_alloc(u, sizeof *page)) == NULL ||
            ulmm_buddy_convert(u, ULMM_OBJECT_FRAME, ULMM_PAGE_BITS, ULMM_PAGE_BITS, &page->block,
                               &page->frame) != 0) {
            error = ULMM_ERROR_OUT_OF_MEMORY;
        } else if (!ulmm_pagemap_put(u, &share->frames, i, page)) {
            ulmm_buddy_destroy(u, page->block, page->frame);
            error = ULMM_ERROR_OUT_OF_MEMORY;
        } else {
            page = NULL;
        }
        if (page)
            ulmm_meta_free(u, page, sizeof *page);
    }
    if (error == ULMM_OK && !ulmm_handle_issue(u, &share->owned, ULMM_KIND_SHARE))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error != ULMM_OK) {
        share_pages_free(u, share);
        ulmm_meta_free(u, share, sizeof *share);
        return error;
    }
    share->owned.owner = s;
    share->next = s->shares;
    if (s->shares)
        s->shares->prev = share;
    s->shares = share;
    ulmm_charge(s, size + ULMM_RECORD_CHARGE);
    *out = share->owned.handle;
    return ULMM_OK;
}

enum ulmm_error ulmm_share_grant(struct ulmm *u, uint64_t session, uint64_t handle, uint64_t rights,
                                 uint64_t *grant_handle, uint64_t *key)
{
    struct ulmm_session *s;
    struct ulmm_owned *owned = NULL;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK)
        error = ulmm_owned_find(u, s, handle, ULMM_KIND_SHARE, &owned);
    if (error == ULMM_OK && (rights & ~ULMM_PROT_ALL || !(rights & ULMM_PROT_READ)))
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error == ULMM_OK && !ulmm_charge_fits(s, ULMM_RECORD_CHARGE))
        error = ULMM_ERROR_OUT_OF_QUOTA;
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    struct ulmm_grant *grant = error == ULMM_OK ? ulmm_meta_alloc(u, sizeof *grant) : NULL;
    if (error == ULMM_OK &&
        (grant == NULL || !ulmm_handle_issue(u, &grant->owned, ULMM_KIND_GRANT))) {
        if (grant)
            ulmm_meta_free(u, grant, sizeof *grant);
        error = ULMM_ERROR_OUT_OF_MEMORY;
    }
    if (error != ULMM_OK)
        return error;
    struct ulmm_share *share = (struct ulmm_share *)owned;
    grant->owned.owner = s;
    grant->share = share;
    grant->rights = rights;
    grant->key = share_key(u);
    grant->next = share->grants;
    share->grants = grant;
    ulmm_charge(s, ULMM_RECORD_CHARGE);
    *grant_handle = grant->owned.handle;
    *key = grant->key;
    return ULMM_OK;
}

enum ulmm_error ulmm_share_map(struct ulmm *u, uint64_t session, uint64_t grant_handle,
                               uint64_t key, uint64_t address, uint64_t prot, uint64_t flags,
                               uint64_t *start)
{
    struct ulmm_session *s;
    struct ulmm_owned *owned = NULL;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK)
        error = ulmm_handle_find(u, grant_handle, ULMM_KIND_GRANT, &owned);
    struct ulmm_grant *grant = (struct ulmm_grant *)owned;
    if (error == ULMM_OK && grant->key != key)
        error = ULMM_ERROR_BAD_HANDLE;
    if (error == ULMM_OK && (flags & ~ULMM_MAP_FIXED || !s->has_space))
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error == ULMM_OK)
        error = ulmm_prot_check(prot);
    if (error == ULMM_OK && prot & ~grant->rights)
        error = ULMM_ERROR_INSUFFICIENT_RIGHTS;
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    struct ulmm_region *r;
    if (error == ULMM_OK)
        error = ulmm_region_insert(u, s, address, grant->share->pages << ULMM_PAGE_BITS, flags, &r);
    if (error != ULMM_OK)
        return error;
    struct ulmm_share *share = grant->share;
    r->backing = ULMM_BACKING_SHARE;
    r->share = share;
    r->prot = prot;
    r->max_prot = grant->rights;
    r->share_next = share->mappings;
    if (share->mappings)
        share->mappings->share_prev = r;
    share->mappings = r;
    struct ulmm_table *tables = s->tables;
    for (uint64_t i = 0; i < share->pages && error == ULMM_OK; i++) {
        struct ulmm_page *page = ulmm_pagemap_get(&share->frames, i);
        ulmm_cap copy;
        if (!ulmm_meta_refill(u) ||
            u->backend.cap_copy(u->backend.context, page->frame, &copy) != 0) {
            error = ULMM_ERROR_OUT_OF_MEMORY;
        } else {
            error = ulmm_map_page(u, s, r->start + (i << ULMM_PAGE_BITS), copy, NULL, prot);
            if (error != ULMM_OK)
                u->backend.cap_release(u->backend.context, copy);
        }
    }
    if (error != ULMM_OK) {
        ulmm_region_unlink(u, r);
        ulmm_tables_rollback(u, s, tables);
        return error;
    }
    *start = r->start;
    return ULMM_OK;
}

static void share_destroy(struct ulmm *u, struct ulmm_share *share)
{
    struct ulmm_session *s = share->owned.owner;
    /* Mappings elsewhere lose their pages but keep their reservation. */
    while (share->mappings) {
        struct ulmm_region *r = share->mappings;
        ulmm_region_release_pages(u, r, r->start, r->end);
        share->mappings = r->share_next;
        r->backing = ULMM_BACKING_NONE;
        r->share = NULL;
        r->share_first = 0;
        r->share_next = r->share_prev = NULL;
        r->max_prot = ULMM_PROT_ALL;
    }
    while (share->grants) {
        struct ulmm_grant *grant = share->grants;
        share->grants = grant->next;
        ulmm_handle_retire(u, &grant->owned);
        ulmm_meta_free(u, grant, sizeof *grant);
        ulmm_uncharge(s, ULMM_RECORD_CHARGE);
    }
    ulmm_uncharge(s, (share->pages << ULMM_PAGE_BITS) + ULMM_RECORD_CHARGE);
    share_pages_free(u, share);
    if (share->prev)
        share->prev->next = share->next;
    else
        s->shares = share->next;
    if (share->next)
        share->next->prev = share->prev;
    ulmm_handle_retire(u, &share->owned);
    ulmm_meta_free(u, share, sizeof *share);
}

enum ulmm_error ulmm_share_destroy(struct ulmm *u, uint64_t session, uint64_t handle)
{
    struct ulmm_session *s;
    struct ulmm_owned *owned = NULL;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK)
        error = ulmm_owned_find(u, s, handle, ULMM_KIND_SHARE, &owned);
    if (error == ULMM_OK)
        share_destroy(u, (struct ulmm_share *)owned);
    return error;
}

void ulmm_share_release_all(struct ulmm *u, struct ulmm_session *s)
{
    while (s->shares)
        share_destroy(u, s->shares);
}
