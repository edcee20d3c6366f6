/*
 * Backing regions with anonymous memory, eagerly or on demand, and
 * resolving page faults.
 *
 * Layer: ULMM core. A page is mapped by converting a free 4 KiB block into a
 * frame (the kernel zeroes it), linking the page tables the address still
 * lacks (each a 4 KiB block too, charged to the session and kept until the
 * session closes) and mapping the frame with the region's protection. An
 * eager request maps every page before it answers and, if one page fails,
 * undoes the pages and tables it made: the answer is all or nothing.
 */
#include "ulmm.h"

static void table_destroy(struct ulmm *u, struct ulmm_session *s, struct ulmm_table *t)
{
    ulmm_buddy_destroy(u, t->block, t->cap);
    ulmm_uncharge(s, ULMM_PAGE_SIZE);
    s->table_count--;
    ulmm_meta_free(u, t, sizeof *t);
}

void ulmm_tables_rollback(struct ulmm *u, struct ulmm_session *s, const struct ulmm_table *keep)
{
    while (s->tables != keep) {
        struct ulmm_table *t = s->tables;
        s->tables = t->next;
        table_destroy(u, s, t);
    }
}

void ulmm_tables_release(struct ulmm *u, struct ulmm_session *s)
{
    ulmm_tables_rollback(u, s, NULL);
}

/* Link every page table the address lacks in space, each put on list and,
 * if a session is given, charged to it. */
enum ulmm_error ulmm_tables_ensure(struct ulmm *u, ulmm_cap space, uint64_t address,
                                   struct ulmm_table **list, uint64_t *count,
                                   struct ulmm_session *charged)
{
    for (;;) {
        unsigned depth;
        if (u->backend.space_missing_depth(u->backend.context, space, address, &depth) != 0)
            return ULMM_ERROR_BACKEND;
        if (depth == 0)
            return ULMM_OK;
        if (charged && !ulmm_charge_fits(charged, ULMM_PAGE_SIZE))
            return ULMM_ERROR_OUT_OF_QUOTA;
        struct ulmm_table *t = ulmm_meta_alloc(u, sizeof *t);
        if (t == NULL)
            return ULMM_ERROR_OUT_OF_MEMORY;
        if (ulmm_pool_convert(u, ULMM_OBJECT_PAGE_TABLE, depth, &t->block, &t->cap) != 0) {
            ulmm_meta_free(u, t, sizeof *t);
            return ULMM_ERROR_OUT_OF_MEMORY;
        }
        t->next = *list;
        *list = t;
        (*count)++;
        if (charged)
            ulmm_charge(charged, ULMM_PAGE_SIZE);
        if (u->backend.table_map(u->backend.context, t->cap, space, address) != 0)
            return ULMM_ERROR_BACKEND;
    }
}

enum ulmm_error ulmm_map_page(struct ulmm *u, struct ulmm_session *s, uint64_t address,
                              ulmm_cap frame, struct ulmm_block *block, uint64_t prot)
{
    struct ulmm_page *page = ulmm_meta_alloc(u, sizeof *page);
    if (page == NULL)
        return ULMM_ERROR_OUT_OF_MEMORY;
    page->frame = frame;
    page->block = block;
    if (!ulmm_pagemap_put(u, &s->pages, address >> ULMM_PAGE_BITS, page)) {
        ulmm_meta_free(u, page, sizeof *page);
        return ULMM_ERROR_OUT_OF_MEMORY;
    }
    /* Map first: the tables are there for most pages, and only a refusal
     * for a missing one costs the look-up of which. */
    enum ulmm_error error = ULMM_OK;
    int mapped = u->backend.frame_map(u->backend.context, frame, s->space, address, prot);
    if (mapped == ULMM_BACKEND_TABLE_MISSING) {
        error = ulmm_tables_ensure(u, s->space, address, &s->tables, &s->table_count, s);
        if (error == ULMM_OK)
            mapped = u->backend.frame_map(u->backend.context, frame, s->space, address, prot);
    }
    if (error == ULMM_OK && mapped != 0)
        error = ULMM_ERROR_BACKEND;
    if (error != ULMM_OK) {
        ulmm_pagemap_take(u, &s->pages, address >> ULMM_PAGE_BITS);
        ulmm_meta_free(u, page, sizeof *page);
    }
    return error;
}

/* Map a fresh zeroed page at address in s; on failure nothing is left. The
 * caller has refilled the bookkeeping (ulmm_meta_refill) since its last page. */
enum ulmm_error ulmm_back_page(struct ulmm *u, struct ulmm_session *s, uint64_t address,
                               uint64_t prot)
{
    if (!ulmm_charge_fits(s, ULMM_PAGE_SIZE))
        return ULMM_ERROR_OUT_OF_QUOTA;
    struct ulmm_block *block;
    ulmm_cap frame;
    if (ulmm_buddy_convert(u, ULMM_OBJECT_FRAME, ULMM_PAGE_BITS, ULMM_PAGE_BITS, &block, &frame) !=
        0)
        return ULMM_ERROR_OUT_OF_MEMORY;
    ulmm_charge(s, ULMM_PAGE_SIZE);
    struct ulmm_table *tables = s->tables;
    enum ulmm_error error = ulmm_map_page(u, s, address, frame, block, prot);
    if (error != ULMM_OK) {
        ulmm_buddy_destroy(u, block, frame);
        ulmm_uncharge(s, ULMM_PAGE_SIZE);
        ulmm_tables_rollback(u, s, tables);
    }
    return error;
}

static enum ulmm_error backing_check(struct ulmm_session *s, uint64_t address, uint64_t size,
                                     uint64_t prot, uint64_t flags)
{
    uint64_t kind = flags & (ULMM_MAP_EAGER | ULMM_MAP_LAZY);
    if (kind != ULMM_MAP_EAGER && kind != ULMM_MAP_LAZY)
        return ULMM_ERROR_INVALID_ARGUMENT;
    if (!s->has_space)
        return ULMM_ERROR_INVALID_ARGUMENT;
    enum ulmm_error error = ulmm_prot_check(prot);
    if (error == ULMM_OK)
        error = ulmm_range_check(address, size);
    if (error != ULMM_OK)
        return error;
    uint64_t at = address, end = address + size;
    for (struct ulmm_region *r = ulmm_region_find(s, address); r && r->start <= at && at < end;
         r = r->next) {
        if (r->pinned)
            return ULMM_ERROR_PINNED;
        if (r->backing != ULMM_BACKING_NONE)
            return ULMM_ERROR_OVERLAP;
        at = r->end;
    }
    if (at < end)
        return ULMM_ERROR_NOT_MAPPED;
    if (kind == ULMM_MAP_EAGER && !ulmm_charge_fits(s, size))
        return ULMM_ERROR_OUT_OF_QUOTA;
    return ULMM_OK;
}

/* Map a fresh page at every address of [address, end) for an eager request
 * (nothing for a lazy one); on failure, take back every page of the range and
 * every table linked meanwhile. The range is one or more regions of s. */
static enum ulmm_error backing_pages(struct ulmm *u, struct ulmm_session *s, uint64_t address,
                                     uint64_t end, uint64_t prot, uint64_t flags)
{
    enum ulmm_error error = ULMM_OK;
    if (!(flags & ULMM_MAP_EAGER))
        return error;
    struct ulmm_table *tables = s->tables;
    for (uint64_t at = address; at < end && error == ULMM_OK; at += ULMM_PAGE_SIZE) {
        /* The request refilled before its first page. */
        if (at != address && !ulmm_meta_refill(u))
            error = ULMM_ERROR_OUT_OF_MEMORY;
        if (error == ULMM_OK)
            error = ulmm_back_page(u, s, at, prot);
    }
    if (error != ULMM_OK) {
        for (struct ulmm_region *r = ulmm_region_find(s, address); r && r->start < end; r = r->next)
            ulmm_region_release_pages(u, r, r->start, r->end);
        ulmm_tables_rollback(u, s, tables);
    }
    return error;
}

static void backing_mark(struct ulmm_region *r, uint64_t prot, uint64_t flags)
{
    r->backing = ULMM_BACKING_ANON;
    r->lazy = (flags & ULMM_MAP_LAZY) != 0;
    r->prot = prot;
}

/* Back [address, end) of s's reserved, unbacked regions; checked already. */
static enum ulmm_error backing_apply(struct ulmm *u, struct ulmm_session *s, uint64_t address,
                                     uint64_t end, uint64_t prot, uint64_t flags)
{
    struct ulmm_region *first = ulmm_region_find(s, address);
    struct ulmm_region *last = ulmm_region_find(s, end - 1);
    bool cut_start = first->start<address, cut_end = last->end> end;
    enum ulmm_error error = ulmm_region_cut_range(u, s, address, end);
    if (error == ULMM_OK)
        error = backing_pages(u, s, address, end, prot, flags);
    if (error != ULMM_OK) {
        if (cut_start)
            ulmm_region_merge(u, s, address);
        if (cut_end)
            ulmm_region_merge(u, s, end);
        return error;
    }
    for (struct ulmm_region *r = ulmm_region_find(s, address); r && r->start < end; r = r->next)
        backing_mark(r, prot, flags);
    return ULMM_OK;
}

enum ulmm_error ulmm_back(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size,
                          uint64_t prot, uint64_t flags)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK && (flags & ~(ULMM_MAP_EAGER | ULMM_MAP_LAZY)))
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error == ULMM_OK)
        error = backing_check(s, address, size, prot, flags);
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error == ULMM_OK)
        error = backing_apply(u, s, address, address + size, prot, flags);
    return error;
}

enum ulmm_error ulmm_map(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size,
                         uint64_t prot, uint64_t flags, uint64_t *start)
{
    struct ulmm_session *s;
    struct ulmm_region *r;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK && (flags & ~(ULMM_MAP_EAGER | ULMM_MAP_LAZY | ULMM_MAP_FIXED)))
        error = ULMM_ERROR_INVALID_ARGUMENT;
    uint64_t kind = flags & (ULMM_MAP_EAGER | ULMM_MAP_LAZY);
    if (error == ULMM_OK && (kind != ULMM_MAP_EAGER && kind != ULMM_MAP_LAZY))
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error == ULMM_OK && !s->has_space)
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error == ULMM_OK)
        error = ulmm_prot_check(prot);
    /* The region's record and, if eager, every page must fit. */
    if (error == ULMM_OK && kind == ULMM_MAP_EAGER &&
        (size > UINT64_MAX - ULMM_RECORD_CHARGE || !ulmm_charge_fits(s, size + ULMM_RECORD_CHARGE)))
        error = ULMM_ERROR_OUT_OF_QUOTA;
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error == ULMM_OK)
        error = ulmm_region_insert(u, s, address, size, flags & ULMM_MAP_FIXED, &r);
    if (error != ULMM_OK)
        return error;
    /* A fresh region of exactly the range: nothing to cut, nothing to look up. */
    error = backing_pages(u, s, r->start, r->end, prot, flags);
    if (error != ULMM_OK) {
        ulmm_region_unlink(u, r);
        return error;
    }
    backing_mark(r, prot, flags);
    *start = r->start;
    return ULMM_OK;
}

enum ulmm_error ulmm_fault(struct ulmm *u, uint64_t session, uint64_t address, uint64_t access)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error != ULMM_OK)
        return error;
    if (access & ~ULMM_PROT_ALL)
        return ULMM_ERROR_INVALID_ARGUMENT;
    struct ulmm_region *r = ulmm_region_find(s, address);
    if (r == NULL || r->backing == ULMM_BACKING_NONE)
        return ULMM_ERROR_NOT_BACKED;
    if (access & ~r->prot)
        return ULMM_ERROR_INSUFFICIENT_RIGHTS;
    uint64_t page = address & ~(ULMM_PAGE_SIZE - 1);
    if (ulmm_pagemap_get(&s->pages, page >> ULMM_PAGE_BITS) != NULL)
        return ULMM_OK; /* another thread's fault mapped it first */
    if (r->backing != ULMM_BACKING_ANON || !r->lazy)
        return ULMM_ERROR_NOT_BACKED;
    if (!ulmm_meta_refill(u))
        return ULMM_ERROR_OUT_OF_MEMORY;
    return ulmm_back_page(u, s, page, r->prot);
}
