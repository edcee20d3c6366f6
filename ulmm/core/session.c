/*
 * Sessions and their quotas: Genode's model of donated resources.
 *
 * Layer: ULMM core. A session's quota is bytes its parent gave up for it:
 * opening a child moves `quota` bytes from the parent's quota to the
 * child's, and closing the child (after everything made for it is destroyed)
 * moves the child's whole quota back. So the quotas of all sessions always
 * add up to the root's original quota, and nobody can spend memory that was
 * not given to them. Everything ULMM makes for a session is charged to it
 * (the rules are listed in docs/chapters/ulmm.typ): running out is
 * ULMM_ERROR_OUT_OF_QUOTA, and nothing changes.
 */
#include "ulmm.h"

bool ulmm_charge_fits(const struct ulmm_session *s, uint64_t bytes)
{
    return bytes <= s->quota - s->used;
}

void ulmm_charge(struct ulmm_session *s, uint64_t bytes)
{
    s->used += bytes;
}

void ulmm_uncharge(struct ulmm_session *s, uint64_t bytes)
{
    s->used -= bytes;
}

void ulmm_init(struct ulmm *u, const struct ulmm_backend *backend, const struct ulmm_config *config)
{
    __builtin_memset(u, 0, sizeof *u);
    u->backend = *backend;
    u->random = config->seed | 1u;
    u->self_space = config->self_space;
    u->meta_base = config->meta_base;
    u->meta.next = config->meta_base;
    u->meta.end = config->meta_base + config->meta_size;
    ulmm_meta_init(u, config->bootstrap, config->bootstrap_bytes);
}

enum ulmm_error ulmm_add_generic(struct ulmm *u, ulmm_cap generic, unsigned size_bits)
{
    if (size_bits < ULMM_ORDER_MIN || size_bits > ULMM_ORDER_MAX)
        return ULMM_ERROR_INVALID_ARGUMENT;
    if (!ulmm_meta_refill(u) && u->meta.spare_count == 0)
        return ULMM_ERROR_OUT_OF_MEMORY;
    return ulmm_buddy_add(u, generic, size_bits) ? ULMM_OK : ULMM_ERROR_OUT_OF_MEMORY;
}

enum ulmm_error ulmm_root_add_generic(struct ulmm *u, uint64_t session, ulmm_cap generic,
                                      unsigned size_bits)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK && s != u->root)
        error = ULMM_ERROR_INSUFFICIENT_RIGHTS;
    if (error == ULMM_OK)
        error = ulmm_add_generic(u, generic, size_bits);
    if (error == ULMM_OK) {
        s->quota += UINT64_C(1) << size_bits;
        u->quota_total += UINT64_C(1) << size_bits;
    }
    return error;
}

static void session_unlink(struct ulmm *u, struct ulmm_session *s)
{
    struct ulmm_session *p = s->parent;
    if (p) {
        if (s->sibling_prev)
            s->sibling_prev->sibling_next = s->sibling_next;
        else
            p->children = s->sibling_next;
        if (s->sibling_next)
            s->sibling_next->sibling_prev = s->sibling_prev;
    }
    ulmm_handle_retire(u, &s->owned);
    ulmm_meta_free(u, s, sizeof *s);
    u->sessions--;
}

static struct ulmm_session *session_new(struct ulmm *u, struct ulmm_session *parent, uint64_t quota,
                                        ulmm_cap space, int has_space)
{
    struct ulmm_session *s = ulmm_meta_alloc(u, sizeof *s);
    if (s == NULL)
        return NULL;
    if (!ulmm_handle_issue(u, &s->owned, ULMM_KIND_SESSION)) {
        ulmm_meta_free(u, s, sizeof *s);
        return NULL;
    }
    s->owned.owner = parent;
    s->parent = parent;
    s->quota = quota;
    s->used = ULMM_RECORD_CHARGE;
    s->space = space;
    s->has_space = has_space != 0;
    if (parent) {
        s->sibling_next = parent->children;
        if (parent->children)
            parent->children->sibling_prev = s;
        parent->children = s;
    }
    u->sessions++;
    /* A session in ULMM's own address space (a test's) finds ULMM's window
     * there reserved and pinned: it can neither map over it nor unmap it. */
    struct ulmm_region *window;
    if (s->has_space && space == u->self_space && u->meta.end > u->meta_base) {
        if (quota < 2 * ULMM_RECORD_CHARGE ||
            ulmm_region_insert(u, s, u->meta_base, u->meta.end - u->meta_base, ULMM_MAP_FIXED,
                               &window) != ULMM_OK) {
            session_unlink(u, s);
            return NULL;
        }
        window->pinned = true;
    }
    return s;
}

enum ulmm_error ulmm_root_session(struct ulmm *u, uint64_t quota, ulmm_cap space, int has_space,
                                  uint64_t *session)
{
    if (u->root != NULL)
        return ULMM_ERROR_INVALID_ARGUMENT;
    if (quota < ULMM_RECORD_CHARGE)
        return ULMM_ERROR_OUT_OF_QUOTA;
    if (!ulmm_meta_refill(u))
        return ULMM_ERROR_OUT_OF_MEMORY;
    struct ulmm_session *s = session_new(u, NULL, quota, space, has_space);
    if (s == NULL)
        return ULMM_ERROR_OUT_OF_MEMORY;
    u->root = s;
    u->quota_total = quota;
    *session = s->owned.handle;
    return ULMM_OK;
}

enum ulmm_error ulmm_session_open(struct ulmm *u, uint64_t parent, uint64_t quota, ulmm_cap space,
                                  int has_space, uint64_t lazy_address, uint64_t lazy_size,
                                  uint64_t *child)
{
    struct ulmm_session *p;
    enum ulmm_error error = ulmm_session_find(u, parent, &p);
    if (error != ULMM_OK)
        return error;
    if (quota < ULMM_RECORD_CHARGE || (lazy_size != 0 && !has_space))
        return ULMM_ERROR_INVALID_ARGUMENT;
    if (has_space && space == u->self_space && quota < 2 * ULMM_RECORD_CHARGE)
        return ULMM_ERROR_OUT_OF_QUOTA; /* its pinned window is a second record */
    if (!ulmm_charge_fits(p, quota))
        return ULMM_ERROR_OUT_OF_QUOTA;
    if (!ulmm_meta_refill(u))
        return ULMM_ERROR_OUT_OF_MEMORY;
    struct ulmm_session *s = session_new(u, p, quota, space, has_space);
    if (s == NULL)
        return ULMM_ERROR_OUT_OF_MEMORY;
    p->quota -= quota;
    /* The lazily backed range (a process's stack) comes with the session, in the same request:
     * ulmm_map() checks it whole; if it is refused, the session goes again, as if never opened
     * (the caller still owns the address space's capability). */
    uint64_t start;
    if (lazy_size != 0)
        error = ulmm_map(u, s->owned.handle, lazy_address, lazy_size,
                         ULMM_PROT_READ | ULMM_PROT_WRITE, ULMM_MAP_LAZY | ULMM_MAP_FIXED, &start);
    if (error != ULMM_OK) {
        ulmm_region_remove_all(u, s);
        p->quota += quota;
        session_unlink(u, s);
        return error;
    }
    *child = s->owned.handle;
    return ULMM_OK;
}

/* Destroy everything made for s and s itself; its quota goes to its parent. */
static void session_destroy(struct ulmm *u, struct ulmm_session *s)
{
    while (s->children)
        session_destroy(u, s->children);
    ulmm_region_remove_all(u, s);
    ulmm_share_release_all(u, s);
    ulmm_object_release_all(u, s);
    ulmm_tables_release(u, s);
    ulmm_pagemap_clear(u, &s->pages);
    if (s->endpoint) {
        u->backend.cap_revoke(u->backend.context, s->endpoint);
        u->backend.cap_release(u->backend.context, s->endpoint);
    }
    if (s->has_space && s->space != u->self_space)
        u->backend.cap_release(u->backend.context, s->space);
    s->parent->quota += s->quota;
    session_unlink(u, s);
}

static enum ulmm_error session_child(struct ulmm *u, uint64_t parent, uint64_t child,
                                     struct ulmm_session **p, struct ulmm_session **c)
{
    enum ulmm_error error = ulmm_session_find(u, parent, p);
    if (error == ULMM_OK)
        error = ulmm_session_find(u, child, c);
    if (error == ULMM_OK && (*c)->parent != *p)
        error = ULMM_ERROR_FOREIGN_HANDLE;
    return error;
}

enum ulmm_error ulmm_session_close(struct ulmm *u, uint64_t parent, uint64_t child)
{
    struct ulmm_session *p, *c;
    enum ulmm_error error = session_child(u, parent, child, &p, &c);
    if (error != ULMM_OK)
        return error;
    session_destroy(u, c);
    return ULMM_OK;
}

enum ulmm_error ulmm_session_set_endpoint(struct ulmm *u, uint64_t session, ulmm_cap endpoint)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error == ULMM_OK && s->endpoint != 0)
        error = ULMM_ERROR_INVALID_ARGUMENT;
    if (error == ULMM_OK)
        s->endpoint = endpoint;
    return error;
}

enum ulmm_error ulmm_quota_give(struct ulmm *u, uint64_t parent, uint64_t child, uint64_t bytes)
{
    struct ulmm_session *p, *c;
    enum ulmm_error error = session_child(u, parent, child, &p, &c);
    if (error != ULMM_OK)
        return error;
    if (!ulmm_charge_fits(p, bytes))
        return ULMM_ERROR_OUT_OF_QUOTA;
    p->quota -= bytes;
    c->quota += bytes;
    return ULMM_OK;
}

enum ulmm_error ulmm_quota_take(struct ulmm *u, uint64_t parent, uint64_t child, uint64_t bytes)
{
    struct ulmm_session *p, *c;
    enum ulmm_error error = session_child(u, parent, child, &p, &c);
    if (error != ULMM_OK)
        return error;
    /* Only what the child has not spent can be taken back. */
    if (!ulmm_charge_fits(c, bytes))
        return ULMM_ERROR_OUT_OF_QUOTA;
    c->quota -= bytes;
    p->quota += bytes;
    return ULMM_OK;
}

enum ulmm_error ulmm_quota_query(struct ulmm *u, uint64_t session, struct ulmm_quota_info *info)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error != ULMM_OK)
        return error;
    info->quota = s->quota;
    info->used = s->used;
    info->system_free = u->buddy.free_bytes;
    return ULMM_OK;
}

enum ulmm_error ulmm_memory_query(struct ulmm *u, uint64_t session, uint64_t *total, uint64_t *free)
{
    struct ulmm_session *s;
    enum ulmm_error error = ulmm_session_find(u, session, &s);
    if (error != ULMM_OK)
        return error;
    *total = u->buddy.total;
    *free = u->buddy.free_bytes;
    return ULMM_OK;
}
