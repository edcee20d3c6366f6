/*
 * The invariant checker: walks every structure of ULMM's core and checks
 * that it is consistent and that every total balances, down to the byte.
 *
 * Layer: ULMM core. Run by the host tests and the fuzzer after every step,
 * and by the server on request (ULMMI's check request). It changes nothing.
 * The first broken invariant is named in *what.
 */
#include "ulmm.h"

struct check_totals {
    uint64_t used_blocks; /* bytes of blocks in the used state */
    uint64_t free_blocks;
    uint64_t pooled_blocks;
    uint64_t charged_blocks; /* bytes of used blocks accounted to someone */
    uint64_t quotas;
    uint64_t sessions;
    uint64_t handles;
};

#define CHECK(condition, message)                                                                  \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            *what = message;                                                                       \
            return false;                                                                          \
        }                                                                                          \
    } while (0)

static bool check_block(const struct ulmm_block *b, struct check_totals *t, const char **what)
{
    CHECK(b->order >= ULMM_ORDER_MIN && b->order <= ULMM_ORDER_MAX, "block order out of range");
    uint64_t size = UINT64_C(1) << b->order;
    switch (b->state) {
    case ULMM_BLOCK_FREE:
        CHECK(b->children == NULL && b->child_count == 0, "free block has children");
        t->free_blocks += size;
        return true;
    case ULMM_BLOCK_POOLED:
        CHECK(b->children == NULL && b->pooled && b->order == ULMM_ORDER_MIN,
              "pooled block not a free page");
        t->pooled_blocks += size;
        return true;
    case ULMM_BLOCK_USED:
        CHECK(b->children == NULL && b->child_count == 0, "used block has children");
        t->used_blocks += size;
        return true;
    case ULMM_BLOCK_SPLIT: {
        unsigned count = b->child_count;
        CHECK(b->children && (count == 2 || (count == ULMM_FAN && b->order == ULMM_FAN_ORDER)),
              "split block into a wrong number of pieces");
        unsigned piece_order = count == 2 ? b->order - 1u : ULMM_ORDER_MIN;
        for (unsigned i = 0; i < count; i++) {
            const struct ulmm_block *c = b->children[i];
            CHECK(c && c->parent == b && c->order == piece_order, "split block's pieces wrong");
            if (!check_block(c, t, what))
                return false;
        }
        return true;
    }
    default:
        break;
    }
    *what = "block in no state";
    return false;
}

static bool check_buddy(const struct ulmm *u, struct check_totals *t, const char **what)
{
    uint64_t total = 0;
    for (const struct ulmm_block *b = u->buddy.roots; b; b = b->root_next) {
        CHECK(b->parent == NULL, "given generic has a parent");
        total += UINT64_C(1) << b->order;
        if (!check_block(b, t, what))
            return false;
    }
    uint64_t listed = 0;
    for (unsigned order = 0; order < ULMM_ORDERS; order++)
        for (const struct ulmm_block *b = u->buddy.free[order]; b; b = b->next) {
            CHECK(b->state == ULMM_BLOCK_FREE && b->order == order, "free list holds wrong block");
            CHECK(b->next == NULL || b->next->prev == b, "free list links broken");
            listed += UINT64_C(1) << order;
        }
    CHECK(total == u->buddy.total, "given generics do not add up");
    CHECK(listed == t->free_blocks && listed == u->buddy.free_bytes, "free bytes do not add up");
    uint64_t pooled = 0;
    for (const struct ulmm_block *b = u->buddy.pool; b; b = b->next) {
        CHECK(b->state == ULMM_BLOCK_POOLED, "pool holds a block in use");
        CHECK(b->next == NULL || b->next->prev == b, "pool links broken");
        pooled += ULMM_PAGE_SIZE;
    }
    CHECK(pooled == t->pooled_blocks && pooled == u->buddy.pool_bytes, "pool bytes do not add up");
    CHECK(t->free_blocks + t->used_blocks + t->pooled_blocks == total,
          "free, pooled and used blocks are not all memory");
    return true;
}

static bool check_page_block(const struct ulmm_block *b, const char **what)
{
    CHECK(b->state == ULMM_BLOCK_USED && b->order == ULMM_PAGE_BITS,
          "page's block not a used page");
    return true;
}

static bool check_regions(const struct ulmm_session *s, uint64_t *records, uint64_t *anon_pages,
                          const char **what)
{
    uint64_t last_end = 0, covered_pages = 0;
    for (const struct ulmm_region *r = s->regions; r; r = r->next) {
        CHECK(r->session == s, "region of another session in the list");
        CHECK(r->prev == NULL ? s->regions == r : r->prev->next == r, "region links broken");
        CHECK(r->start < r->end && !((r->start | r->end) & (ULMM_PAGE_SIZE - 1)),
              "region empty or unaligned");
        CHECK(r->start >= ULMM_WINDOW_START && r->end <= ULMM_WINDOW_END,
              "region outside the window");
        CHECK(r->start >= last_end, "regions overlap or out of order");
        CHECK(ulmm_prot_check(r->prot) == ULMM_OK, "region protection invalid (W^X)");
        CHECK(!(r->prot & ~r->max_prot), "region protection beyond its grant");
        last_end = r->end;
        (*records)++;
        uint64_t first = r->start >> ULMM_PAGE_BITS, end = r->end >> ULMM_PAGE_BITS;
        uint64_t present = 0;
        for (uint64_t index = first; ulmm_pagemap_next(&s->pages, &index, end); index++) {
            const struct ulmm_page *page = ulmm_pagemap_get(&s->pages, index);
            CHECK(r->backing != ULMM_BACKING_NONE, "page mapped in an unbacked region");
            if (r->backing == ULMM_BACKING_ANON) {
                CHECK(page->block != NULL, "anonymous page without its block");
                if (!check_page_block(page->block, what))
                    return false;
                (*anon_pages)++;
            } else {
                CHECK(page->block == NULL, "shared page mapped with a block of its own");
            }
            present++;
        }
        if (r->backing == ULMM_BACKING_ANON && !r->lazy)
            CHECK(present == end - first, "eager region has a hole");
        if (r->backing == ULMM_BACKING_SHARE) {
            CHECK(present == end - first, "shared region has a hole");
            CHECK(r->share && r->share_first + (end - first) <= r->share->pages,
                  "shared region beyond its object");
            const struct ulmm_region *m = r->share->mappings;
            while (m && m != r)
                m = m->share_next;
            CHECK(m == r, "shared region missing from its object's mappings");
        } else {
            CHECK(r->share == NULL, "unshared region names an object");
        }
        covered_pages += present;
    }
    CHECK(covered_pages == s->pages.count, "page outside every region");
    return true;
}

static bool check_owned(const struct ulmm *u, const struct ulmm_owned *o, unsigned kind,
                        const struct ulmm_session *owner, struct check_totals *t, const char **what)
{
    uint32_t index = (uint32_t)(o->handle & 0xffffff);
    CHECK(index != 0 && index < u->handles.used, "handle index out of range");
    const struct ulmm_handle_entry *e =
        &u->handles.pages[index / ULMM_HANDLE_PAGE][index % ULMM_HANDLE_PAGE];
    CHECK(e->object == o && e->kind == kind && e->generation == (uint32_t)(o->handle >> 32),
          "handle entry does not name its object");
    CHECK(o->owner == owner, "record's owner wrong");
    t->handles++;
    return true;
}

static bool check_session(const struct ulmm *u, const struct ulmm_session *s,
                          struct check_totals *t, const char **what)
{
    if (!check_owned(u, &s->owned, ULMM_KIND_SESSION, s->parent, t, what))
        return false;
    uint64_t records = 1, anon_pages = 0, charge = 0;
    if (!check_regions(s, &records, &anon_pages, what))
        return false;
    uint64_t tables = 0;
    for (const struct ulmm_table *tb = s->tables; tb; tb = tb->next) {
        CHECK(tb->block->state == ULMM_BLOCK_USED && tb->block->order == ULMM_PAGE_BITS,
              "page table's block not a used page");
        tables++;
    }
    CHECK(tables == s->table_count, "page table count wrong");
    charge += (anon_pages + tables) << ULMM_PAGE_BITS;
    t->charged_blocks += (anon_pages + tables) << ULMM_PAGE_BITS;
    for (const struct ulmm_object *o = s->objects; o; o = o->next) {
        if (!check_owned(u, &o->owned, ULMM_KIND_OBJECT, s, t, what))
            return false;
        CHECK(o->block->state == ULMM_BLOCK_USED, "object's block not used");
        charge += (UINT64_C(1) << o->block->order) + ULMM_RECORD_CHARGE;
        t->charged_blocks += UINT64_C(1) << o->block->order;
    }
    for (const struct ulmm_share *sh = s->shares; sh; sh = sh->next) {
        if (!check_owned(u, &sh->owned, ULMM_KIND_SHARE, s, t, what))
            return false;
        CHECK(sh->frames.count == sh->pages, "shared object lacks pages");
        for (uint64_t i = 0; i < sh->pages; i++) {
            const struct ulmm_page *page = ulmm_pagemap_get(&sh->frames, i);
            CHECK(page && page->block, "shared object's page missing");
            if (!check_page_block(page->block, what))
                return false;
        }
        for (const struct ulmm_region *m = sh->mappings; m; m = m->share_next)
            CHECK(m->backing == ULMM_BACKING_SHARE && m->share == sh, "mapping not of its object");
        charge += (sh->pages << ULMM_PAGE_BITS) + ULMM_RECORD_CHARGE;
        t->charged_blocks += sh->pages << ULMM_PAGE_BITS;
        for (const struct ulmm_grant *g = sh->grants; g; g = g->next) {
            if (!check_owned(u, &g->owned, ULMM_KIND_GRANT, s, t, what))
                return false;
            CHECK(g->share == sh, "grant of another object");
            charge += ULMM_RECORD_CHARGE;
        }
    }
    charge += records * ULMM_RECORD_CHARGE;
    CHECK(charge == s->used, "session's charges do not add up to its use");
    CHECK(s->used <= s->quota, "session uses more than its quota");
    t->quotas += s->quota;
    t->sessions++;
    for (const struct ulmm_session *c = s->children; c; c = c->sibling_next) {
        CHECK(c->parent == s, "child session's parent wrong");
        CHECK(c->sibling_next == NULL || c->sibling_next->sibling_prev == c,
              "session sibling links broken");
        if (!check_session(u, c, t, what))
            return false;
    }
    return true;
}

enum ulmm_error ulmm_check(struct ulmm *u, const char **what)
{
    struct check_totals t = {0};
    const char *ignored;
    if (what == NULL)
        what = &ignored;
    *what = NULL;
    if (!check_buddy(u, &t, what))
        return ULMM_ERROR_INCONSISTENT;
    if (u->root) {
        if (!check_session(u, u->root, &t, what))
            return ULMM_ERROR_INCONSISTENT;
        if (t.quotas != u->quota_total) {
            *what = "quotas do not add up to the root's";
            return ULMM_ERROR_INCONSISTENT;
        }
    }
    if (t.sessions != u->sessions || t.handles != u->handles.live) {
        *what = "sessions or handles counted wrong";
        return ULMM_ERROR_INCONSISTENT;
    }
    uint64_t tables = 0;
    for (const struct ulmm_table *tb = u->meta.tables; tb; tb = tb->next)
        tables++;
    if (tables != u->meta.table_count) {
        *what = "ULMM's own page tables counted wrong";
        return ULMM_ERROR_INCONSISTENT;
    }
    uint64_t slot_bytes = 0;
    for (const struct ulmm_block *b = u->meta.slot_blocks; b; b = b->next) {
        if (b->state != ULMM_BLOCK_USED) {
            *what = "a block of ULMM's slot nodes is not in use";
            return ULMM_ERROR_INCONSISTENT;
        }
        slot_bytes += UINT64_C(1) << b->order;
    }
    if (slot_bytes != u->meta.slot_bytes) {
        *what = "ULMM's slot nodes counted wrong";
        return ULMM_ERROR_INCONSISTENT;
    }
    if (t.charged_blocks + ((u->meta.pages + u->meta.table_count) << ULMM_PAGE_BITS) + slot_bytes !=
        t.used_blocks) {
        *what = "used memory not all accounted for (leak or double use)";
        return ULMM_ERROR_INCONSISTENT;
    }
    return ULMM_OK;
}
