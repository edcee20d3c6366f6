/*
 * Regions: the reserved ranges of a session's address space, kept as a
 * sorted list of non-overlapping runs of pages with one set of attributes.
 *
 * Layer: ULMM core. An operation on part of a region first splits it at the
 * range's ends (each piece is a record, charged ULMM_RECORD_CHARGE), so
 * every attribute is uniform per region. Every operation checks the whole
 * range first (inside the window, reserved throughout, not pinned, quota for
 * the records) and only then changes anything.
 */
#include "ulmm.h"

/* Where ULMM places ranges it chooses: far above program images. */
#define REGION_CHOSEN_BASE UINT64_C(0x0000100000000000)

enum ulmm_error ulmm_range_check(uint64_t address, uint64_t size)
{
    if (size == 0 || (address | size) & (ULMM_PAGE_SIZE - 1))
        return ULMM_ERROR_INVALID_ARGUMENT;
    if (address < ULMM_WINDOW_START || address > ULMM_WINDOW_END ||
        size > ULMM_WINDOW_END - address)
        return ULMM_ERROR_NOT_OWNED;
    return ULMM_OK;
}

struct ulmm_region *ulmm_region_find(struct ulmm_session *s, uint64_t address)
{
    for (struct ulmm_region *r = s->regions; r && r->start <= address; r = r->next)
        if (address < r->end)
            return r;
    return NULL;
}

/* The range is reserved throughout; PINNED too if a piece is pinned and
 * pinned pieces are refused. */
static enum ulmm_error region_covered(struct ulmm_session *s, uint64_t start, uint64_t end,
                                      bool refuse_pinned)
{
    struct ulmm_region *r = ulmm_region_find(s, start);
    uint64_t at = start;
    while (r && r->start <= at && at < end) {
        if (refuse_pinned && r->pinned)
            return ULMM_ERROR_PINNED;
        at = r->end;
        r = r->next;
    }
    return at >= end ? ULMM_OK : ULMM_ERROR_NOT_MAPPED;
}

/* Records needed to cut the range's ends out of the regions around them. */
static unsigned region_cuts(struct ulmm_session *s, uint64_t start, uint64_t end)
{
    struct ulmm_region *first = ulmm_region_find(s, start);
    struct ulmm_region *last = ulmm_region_find(s, end - 1);
    return (first && first->start < start) + (last && last->end > end);
}

static void region_link_after(struct ulmm_session *s, struct ulmm_region *after,
                              struct ulmm_region *r)
{
    r->prev = after;
    r->next = after ? after->next : s->regions;
    if (r->next)
        r->next->prev = r;
    if (after)
        after->next = r;
    else
        s->regions = r;
}

static void region_share_link(struct ulmm_region *r)
{
    r->share_prev = NULL;
    r->share_next = r->share->mappings;
    if (r->share_next)
        r->share_next->share_prev = r;
    r->share->mappings = r;
}

/* Cut the region holding address at address; the record was checked for. */
static bool region_cut(struct ulmm *u, struct ulmm_session *s, uint64_t address)
{
    struct ulmm_region *r = ulmm_region_find(s, address);
    if (r == NULL || r->start == address)
        return true;
    struct ulmm_region *tail = ulmm_meta_alloc(u, sizeof *tail);
    if (tail == NULL)
        return false;
    *tail = *r;
    tail->start = address;
    tail->share_first = r->share_first + ((address - r->start) >> ULMM_PAGE_BITS);
    r->end = address;
    region_link_after(s, r, tail);
    if (tail->backing == ULMM_BACKING_SHARE)
        region_share_link(tail);
    ulmm_charge(s, ULMM_RECORD_CHARGE);
    return true;
}

/* Undo a cut at address: join the regions on either side if nothing tells
 * them apart. */
void ulmm_region_merge(struct ulmm *u, struct ulmm_session *s, uint64_t address)
{
    struct ulmm_region *tail = ulmm_region_find(s, address);
    struct ulmm_region *head = tail ? tail->prev : NULL;
    if (head == NULL || head->end != address || tail->start != address ||
        head->backing != ULMM_BACKING_NONE || tail->backing != ULMM_BACKING_NONE ||
        head->prot != tail->prot || head->max_prot != tail->max_prot ||
        head->pinned != tail->pinned || head->lazy != tail->lazy)
        return;
    head->end = tail->end;
    ulmm_region_unlink(u, tail);
}

enum ulmm_error ulmm_region_cut_range(struct ulmm *u, struct ulmm_session *s, uint64_t start,
                                      uint64_t end)
{
    unsigned cuts = region_cuts(s, start, end);
    if (cuts == 0)
        return ULMM_OK; /* the range's ends are regions' ends already */
    if (!ulmm_charge_fits(s, cuts * ULMM_RECORD_CHARGE))
        return ULMM_ERROR_OUT_OF_QUOTA;
    if (!region_cut(u, s, start) || !region_cut(u, s, end))
        return ULMM_ERROR_OUT_OF_MEMORY;
    return ULMM_OK;
}

void ulmm_region_release_pages(struct ulmm *u, struct ulmm_region *r, uint64_t start, uint64_t end)
{
    struct ulmm_session *s = r->session;
    uint64_t index = start >> ULMM_PAGE_BITS;
    struct ulmm_page *page;
    while ((page = ulmm_pagemap_take_next(u, &s->pages, &index, end >> ULMM_PAGE_BITS)) != NULL) {
        if (page->block) {
            ulmm_buddy_destroy(u, page->block, page->frame);
            ulmm_uncharge(s, ULMM_PAGE_SIZE);
        } else {
            /* A copy of a shared page: deleting it removes its mapping. */
            u->backend.cap_release(u->backend.context, page->frame);
        }
        ulmm_meta_free(u, page, sizeof *page);
        index++;
    }
}

void ulmm_region_unlink(struct ulmm *u, struct ulmm_region *r)
{
    struct ulmm_session *s = r->session;
    ulmm_region_release_pages(u, r, r->start, r->end);
    if (r->backing == ULMM_BACKING_SHARE) {
        if (r->share_prev)
            r->share_prev->share_next = r->share_next;
        else
            r->share->mappings = r->share_next;
        if (r->share_next)
            r->share_next->share_prev = r->share_prev;
    }
    if (r->prev)
        r->prev->next = r->next;
    else
        s->regions = r->next;
    if (r->next)
        r->next->prev = r->prev;
    ulmm_uncharge(s, ULMM_RECORD_CHARGE);
    ulmm_meta_free(u, r, sizeof *r);
}

void ulmm_region_remove_all(struct ulmm *u, struct ulmm_session *s)
{
    while (s->regions)
        ulmm_region_unlink(u, s->regions);
}

static bool region_free_range(struct ulmm_session *s, uint64_t start, uint64_t end)
{
    for (struct ulmm_region *r = s->regions; r && r->start < end; r = r->next)
        if (r->end > start)
            return false;
    return true;
}

/* First fit at or above from, below limit. */
static bool region_choose(struct ulmm_session *s, uint64_t size, uint64_t from, uint64_t limit,
                          uint64_t *start)
{
    uint64_t at = from;
    for (struct ulmm_region *r = s->regions; r; r = r->next) {
        if (r->end <= at)
            continue;
        if (r->start >= at && r->start - at >= size)
            break;
        at = r->end;
    }
    if (at > limit || limit - at < size)
        return false;
    *start = at;
    return true;
}

enum ulmm_error ulmm_region_insert(struct ulmm *u, struct ulmm_session *s, uint64_t address,
                                   uint64_t size, uint64_t flags, struct ulmm_region **out)
{
    enum ulmm_error error = ULMM_OK;
    if (flags & ULMM_MAP_FIXED)
        error = ulmm_range_check(address, size);
    else if (size == 0 || size & (ULMM_PAGE_SIZE - 1) || address & (ULMM_PAGE_SIZE - 1))
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error != ULMM_OK)
        return error;
    uint64_t start = address;
    if (flags & ULMM_MAP_FIXED) {
        if (!region_free_range(s, address, address + size))
            return ULMM_ERROR_OVERLAP;
    } else if (address == 0 || ulmm_range_check(address, size) != ULMM_OK ||
               !region_free_range(s, address, address + size)) {
        if (!region_choose(s, size, REGION_CHOSEN_BASE, ULMM_WINDOW_END, &start) &&
            !region_choose(s, size, ULMM_WINDOW_START, REGION_CHOSEN_BASE, &start))
            return ULMM_ERROR_OUT_OF_MEMORY;
    }
    if (!ulmm_charge_fits(s, ULMM_RECORD_CHARGE))
        return ULMM_ERROR_OUT_OF_QUOTA;
    struct ulmm_region *r = ulmm_meta_alloc(u, sizeof *r);
    if (r == NULL)
        return ULMM_ERROR_OUT_OF_MEMORY;
    r->start = start;
    r->end = start + size;
    r->prot = ULMM_PROT_READ;
    r->max_prot = ULMM_PROT_ALL;
    r->session = s;
    struct ulmm_region *after = NULL;
    for (struct ulmm_region *i = s->regions; i && i->end <= start; i = i->next)
        after = i;
    region_link_after(s, after, r);
    ulmm_charge(s, ULMM_RECORD_CHARGE);
    *out = r;
    return ULMM_OK;
}

enum ulmm_error ulmm_reserve(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size,
                             uint64_t flags, uint64_t *start)
{
    struct ulmm_session *s;
    struct ulmm_region *r;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK && (flags & ~ULMM_MAP_FIXED))
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error == ULMM_OK)
        error = ulmm_region_insert(u, s, address, size, flags, &r);
    if (error == ULMM_OK)
        *start = r->start;
    return error;
}

/* Remove [start, end), which region_covered() accepted, from s. */
static enum ulmm_error region_remove_range(struct ulmm *u, struct ulmm_session *s, uint64_t start,
                                           uint64_t end)
{
    enum ulmm_error error = ulmm_region_cut_range(u, s, start, end);
    if (error != ULMM_OK)
        return error;
    struct ulmm_region *r = ulmm_region_find(s, start);
    while (r && r->start < end) {
        struct ulmm_region *next = r->next;
        ulmm_region_unlink(u, r);
        r = next;
    }
    return ULMM_OK;
}

enum ulmm_error ulmm_unmap(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK)
        error = ulmm_range_check(address, size);
    if (error == ULMM_OK)
        error = region_covered(s, address, address + size, true);
    /* Records are needed only to cut a region the range ends inside. */
    if (error == ULMM_OK && region_cuts(s, address, address + size) != 0 && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error == ULMM_OK)
        error = region_remove_range(u, s, address, address + size);
    return error;
}

enum ulmm_error ulmm_prot_check(uint64_t prot)
{
    if (prot & ~ULMM_PROT_ALL || !(prot & ULMM_PROT_READ))
        return ULMM_ERROR_INVALID_ARGUMENT;
    if ((prot & ULMM_PROT_WRITE) && (prot & ULMM_PROT_EXECUTE))
        return ULMM_ERROR_WRITE_EXECUTE;
    return ULMM_OK;
}

enum ulmm_error ulmm_protect(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size,
                             uint64_t prot)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK)
        error = ulmm_prot_check(prot);
    if (error == ULMM_OK)
        error = ulmm_range_check(address, size);
    if (error == ULMM_OK)
        error = region_covered(s, address, address + size, true);
    uint64_t end = address + size;
    for (struct ulmm_region *r = error == ULMM_OK ? ulmm_region_find(s, address) : NULL;
         r && r->start < end; r = r->next)
        if (prot & ~r->max_prot)
            error = ULMM_ERROR_INSUFFICIENT_RIGHTS;
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error == ULMM_OK)
        error = ulmm_region_cut_range(u, s, address, end);
    if (error != ULMM_OK)
        return error;
    for (struct ulmm_region *r = ulmm_region_find(s, address); r && r->start < end; r = r->next) {
        r->prot = prot;
        uint64_t index = r->start >> ULMM_PAGE_BITS;
        while (ulmm_pagemap_next(&s->pages, &index, r->end >> ULMM_PAGE_BITS)) {
            struct ulmm_page *page = ulmm_pagemap_get(&s->pages, index);
            if (u->backend.frame_protect(u->backend.context, page->frame, prot) != 0)
                error = ULMM_ERROR_BACKEND;
            index++;
        }
    }
    return error;
}

enum ulmm_error ulmm_pin(struct ulmm *u, uint64_t parent, uint64_t child, uint64_t address,
                         uint64_t size)
{
    struct ulmm_session *p = NULL, *c = NULL;
    enum ulmm_error error = ulmm_session_find(u, parent, &p);
    if (error == ULMM_OK)
        error = ulmm_session_find(u, child, &c);
    if (error == ULMM_OK && c->parent != p)
        error = ULMM_ERROR_FOREIGN_HANDLE;
    if (error == ULMM_OK)
        error = ulmm_range_check(address, size);
    if (error == ULMM_OK)
        error = region_covered(c, address, address + size, false);
    if (error == ULMM_OK && !ulmm_meta_refill(u))
        error = ULMM_ERROR_OUT_OF_MEMORY;
    if (error == ULMM_OK)
        error = ulmm_region_cut_range(u, c, address, address + size);
    for (struct ulmm_region *r = error == ULMM_OK ? ulmm_region_find(c, address) : NULL;
         r && r->start < address + size; r = r->next)
        r->pinned = true;
    return error;
}
