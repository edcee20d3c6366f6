/*
 * ULMM core's data structures, shared by the core's files (and read by the
 * invariant checker). Clients and the server use ulmm.h only.
 *
 * Layer: ULMM core. Every record lives in bookkeeping memory from meta.c;
 * ownership is stated at each structure.
 */
#ifndef ULMM_CORE_INTERNAL_H
#define ULMM_CORE_INTERNAL_H

#include "backend.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ULMM_ORDER_MIN 12 /* the smallest generic: one 4 KiB page */
#define ULMM_ORDER_MAX 47 /* the largest generic the kernel makes */
#define ULMM_ORDERS    (ULMM_ORDER_MAX + 1)
#define ULMM_FAN_ORDER 16 /* a 64 KiB block is split into its pages in one conversion */
#define ULMM_FAN       16

/* ---- bookkeeping memory (meta.c) ---- */
#define ULMM_META_CLASSES 9   /* records of 16, 32, ..., 4096 bytes */
#define ULMM_META_SPARE   8   /* pages kept ready so no request runs dry midway */
#define ULMM_SLOTS_SPARE  160 /* capability slots kept ready, for the same reason */

struct ulmm_meta {
    void *free[ULMM_META_CLASSES];      /* free records of each class, linked through word 0 */
    uint64_t live[ULMM_META_CLASSES];   /* records handed out */
    uint64_t carved[ULMM_META_CLASSES]; /* records ever carved from pages */
    void *spare;                        /* mapped pages not yet carved */
    uint64_t spare_count;
    uint64_t pages;            /* pages from the buddy system, in total */
    uint64_t bootstrap_pages;  /* pages the server gave at start */
    struct ulmm_table *tables; /* page tables of ULMM's own window */
    uint64_t table_count;
    uint64_t next, end;             /* where the next page goes in ULMM's window */
    struct ulmm_block *slot_blocks; /* blocks made into capability nodes for ULMM's slots */
    uint64_t slot_bytes;
};

/* ---- physical memory: a buddy system over generics (buddy.c) ---- */
enum ulmm_block_state {
    ULMM_BLOCK_FREE = 1,
    ULMM_BLOCK_SPLIT = 2,
    ULMM_BLOCK_USED = 3,
    ULMM_BLOCK_POOLED = 4, /* a free page of the long-lived pool */
};

/* One generic capability ULMM holds: a free block, a block split into two
 * child generics, or a block converted into one object. */
struct ulmm_block {
    ulmm_cap cap;
    struct ulmm_block *parent;      /* NULL for a generic ULMM was given */
    struct ulmm_block **children;   /* while split: child_count pieces */
    struct ulmm_block *next, *prev; /* free list of its order, while free */
    struct ulmm_block *root_next;   /* list of given generics, for roots */
    uint8_t order;
    uint8_t state;
    uint8_t child_count; /* 2, or ULMM_FAN for a block of ULMM_FAN_ORDER split into pages */
    bool pooled;         /* a page of the long-lived pool: goes back there when freed */
};

struct ulmm_buddy {
    struct ulmm_block *free[ULMM_ORDERS];
    /* Pages for what lives long (ULMM's bookkeeping, page tables), taken 64
     * KiB at a time, so that they do not scatter over the memory and keep
     * large blocks from ever being whole again. */
    struct ulmm_block *pool;
    uint64_t pool_bytes;
    struct ulmm_block *roots;
    uint64_t total; /* bytes of every generic given */
    uint64_t free_bytes;
};

/* ---- handles (handle.c) ---- */
enum ulmm_kind {
    ULMM_KIND_SESSION = 1,
    ULMM_KIND_SHARE = 2,
    ULMM_KIND_GRANT = 3,
    ULMM_KIND_OBJECT = 4,
};
#define ULMM_HANDLE_PAGE  256 /* entries per table page */
#define ULMM_HANDLE_PAGES 512 /* table pages at most: 131,072 handles */

/* Every record a handle names starts with this header. */
struct ulmm_owned {
    struct ulmm_session *owner; /* who may use the handle (NULL: no one yet) */
    uint64_t handle;
};

struct ulmm_handle_entry {
    struct ulmm_owned *object; /* NULL while free */
    uint32_t generation;       /* 0: never issued */
    uint8_t kind;
};

struct ulmm_handles {
    struct ulmm_handle_entry *pages[ULMM_HANDLE_PAGES];
    uint32_t used;       /* entries ever issued: 1..used-1 (0 is never a handle) */
    uint32_t free_first; /* a free entry to reuse, or 0 */
    uint64_t live;
};

/* ---- per-page records, found by a radix tree over page numbers (pagemap.c) ---- */
#define ULMM_PAGEMAP_BITS   9
#define ULMM_PAGEMAP_FANOUT (1u << ULMM_PAGEMAP_BITS)
#define ULMM_PAGEMAP_LEVELS 4 /* 36 bits of page number: the whole lower half */

struct ulmm_pagemap_node {
    void *slots[ULMM_PAGEMAP_FANOUT];
};

struct ulmm_pagemap {
    struct ulmm_pagemap_node *root;
    uint64_t count;
    uint64_t nodes;
};

/* One mapped page of a session, or one page of a shared object. */
struct ulmm_page {
    ulmm_cap frame;           /* the capability that made this mapping */
    struct ulmm_block *block; /* the frame's memory; NULL for a copy of a shared page */
};

/* ---- regions (region.c) ---- */
enum ulmm_backing { ULMM_BACKING_NONE = 0, ULMM_BACKING_ANON = 1, ULMM_BACKING_SHARE = 2 };

/* A run of pages of one session with the same attributes; a session's
 * regions are kept sorted and never overlap. */
struct ulmm_region {
    uint64_t start, end; /* [start, end), page aligned */
    uint64_t prot;
    uint64_t max_prot; /* what a grant allows (ULMM_PROT_ALL for anonymous memory) */
    uint8_t backing;
    bool lazy;
    bool pinned;
    struct ulmm_share *share; /* BACKING_SHARE: the object */
    uint64_t share_first;     /* its page index mapped at start */
    struct ulmm_region *next, *prev;
    struct ulmm_region *share_next, *share_prev; /* the share's mappings */
    struct ulmm_session *session;
};

struct ulmm_table {
    ulmm_cap cap;
    struct ulmm_block *block;
    struct ulmm_table *next;
};

/* ---- shared memory (share.c) ---- */
struct ulmm_share {
    struct ulmm_owned owned;
    uint64_t pages;
    struct ulmm_pagemap frames;   /* page index -> struct ulmm_page */
    struct ulmm_region *mappings; /* regions of any session that map it */
    struct ulmm_grant *grants;
    struct ulmm_share *next, *prev; /* owner's shares */
};

struct ulmm_grant {
    struct ulmm_owned owned; /* owner: the share's owner, who is charged */
    struct ulmm_share *share;
    uint64_t rights;
    uint64_t key;
    struct ulmm_grant *next;
};

/* ---- kernel objects for a client (object.c) ---- */
struct ulmm_object {
    struct ulmm_owned owned;
    uint64_t kind, size;
    ulmm_cap cap;
    struct ulmm_block *block;
    struct ulmm_object *next, *prev;
};

/* ---- sessions (session.c) ---- */
struct ulmm_session {
    struct ulmm_owned owned; /* owner: the parent (NULL for the root) */
    struct ulmm_session *parent, *children, *sibling_next, *sibling_prev;
    uint64_t quota; /* bytes it may use, donated by its parent */
    uint64_t used;  /* bytes charged to it */
    ulmm_cap space; /* released at close, unless it is ULMM's own */
    bool has_space;
    ulmm_cap endpoint; /* the server's badged capability for the client (0: none), revoked
                        * and released at close */
    struct ulmm_region *regions;
    struct ulmm_pagemap pages; /* page number -> struct ulmm_page */
    struct ulmm_table *tables;
    struct ulmm_share *shares;
    struct ulmm_object *objects;
    uint64_t table_count;
};

struct ulmm {
    struct ulmm_backend backend;
    ulmm_cap self_space; /* ULMM's own address space */
    uint64_t meta_base;  /* ULMM's bookkeeping window in it: [meta_base, meta.end) */
    struct ulmm_meta meta;
    struct ulmm_buddy buddy;
    struct ulmm_handles handles;
    struct ulmm_session *root;
    uint64_t quota_total; /* the root's quota when it was made: all quotas add up to it */
    uint64_t sessions;
    uint64_t random;
};

/* ---- shared between the core's files ---- */
void ulmm_meta_init(struct ulmm *u, void *bootstrap, size_t bytes);
void *ulmm_meta_alloc(struct ulmm *u, size_t bytes);
void ulmm_meta_free(struct ulmm *u, void *record, size_t bytes);
bool ulmm_meta_refill(struct ulmm *u);

bool ulmm_buddy_add(struct ulmm *u, ulmm_cap generic, unsigned order);
struct ulmm_block *ulmm_buddy_alloc(struct ulmm *u, unsigned order);
void ulmm_buddy_free(struct ulmm *u, struct ulmm_block *block);
int ulmm_buddy_convert(struct ulmm *u, unsigned kind, unsigned size, unsigned order,
                       struct ulmm_block **block, ulmm_cap *object);
void ulmm_buddy_destroy(struct ulmm *u, struct ulmm_block *block, ulmm_cap object);
int ulmm_pool_convert(struct ulmm *u, unsigned kind, unsigned size, struct ulmm_block **block,
                      ulmm_cap *object);

bool ulmm_handle_issue(struct ulmm *u, struct ulmm_owned *object, unsigned kind);
void ulmm_handle_retire(struct ulmm *u, struct ulmm_owned *object);
enum ulmm_error ulmm_handle_find(struct ulmm *u, uint64_t handle, unsigned kind,
                                 struct ulmm_owned **object);
enum ulmm_error ulmm_session_find(struct ulmm *u, uint64_t handle, struct ulmm_session **session);
enum ulmm_error ulmm_owned_find(struct ulmm *u, const struct ulmm_session *session, uint64_t handle,
                                unsigned kind, struct ulmm_owned **object);

void **ulmm_pagemap_slot(struct ulmm *u, struct ulmm_pagemap *map, uint64_t index, bool create);
bool ulmm_pagemap_put(struct ulmm *u, struct ulmm_pagemap *map, uint64_t index, void *entry);
void *ulmm_pagemap_get(const struct ulmm_pagemap *map, uint64_t index);
void *ulmm_pagemap_take(struct ulmm *u, struct ulmm_pagemap *map, uint64_t index);
/* Take the first entry at or after *index, below end, and say where (*index); NULL if none. */
void *ulmm_pagemap_take_next(struct ulmm *u, struct ulmm_pagemap *map, uint64_t *index,
                             uint64_t end);
bool ulmm_pagemap_next(const struct ulmm_pagemap *map, uint64_t *index, uint64_t end);
void ulmm_pagemap_clear(struct ulmm *u, struct ulmm_pagemap *map);

bool ulmm_charge_fits(const struct ulmm_session *s, uint64_t bytes);
void ulmm_charge(struct ulmm_session *s, uint64_t bytes);
void ulmm_uncharge(struct ulmm_session *s, uint64_t bytes);

struct ulmm_region *ulmm_region_find(struct ulmm_session *s, uint64_t address);
void ulmm_region_remove_all(struct ulmm *u, struct ulmm_session *s);
void ulmm_region_release_pages(struct ulmm *u, struct ulmm_region *r, uint64_t start, uint64_t end);
void ulmm_region_unlink(struct ulmm *u, struct ulmm_region *r);
enum ulmm_error ulmm_back_page(struct ulmm *u, struct ulmm_session *s, uint64_t address,
                               uint64_t prot);
void ulmm_region_merge(struct ulmm *u, struct ulmm_session *s, uint64_t address);
void ulmm_tables_release(struct ulmm *u, struct ulmm_session *s);
enum ulmm_error ulmm_range_check(uint64_t address, uint64_t size);
enum ulmm_error ulmm_prot_check(uint64_t prot);
enum ulmm_error ulmm_region_cut_range(struct ulmm *u, struct ulmm_session *s, uint64_t start,
                                      uint64_t end);
enum ulmm_error ulmm_region_insert(struct ulmm *u, struct ulmm_session *s, uint64_t address,
                                   uint64_t size, uint64_t flags, struct ulmm_region **out);
enum ulmm_error ulmm_map_page(struct ulmm *u, struct ulmm_session *s, uint64_t address,
                              ulmm_cap frame, struct ulmm_block *block, uint64_t prot);
void ulmm_tables_rollback(struct ulmm *u, struct ulmm_session *s, const struct ulmm_table *keep);
enum ulmm_error ulmm_tables_ensure(struct ulmm *u, ulmm_cap space, uint64_t address,
                                   struct ulmm_table **list, uint64_t *count,
                                   struct ulmm_session *charged);

void ulmm_share_release_all(struct ulmm *u, struct ulmm_session *s);
void ulmm_object_release_all(struct ulmm *u, struct ulmm_session *s);

#endif
