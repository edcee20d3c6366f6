/*
 * Page maps: a radix tree from page numbers to per-page records, four levels
 * of 512 entries (36 bits: every page of the lower half of an address space).
 *
 * Layer: ULMM core. Each node is one 4 KiB bookkeeping record; a lazily
 * backed gigabyte costs nothing until pages are touched. Interior nodes stay
 * until the whole map is cleared (session close, share destruction), so
 * taking an entry never needs memory and never fails.
 */
#include "ulmm.h"

static unsigned pagemap_digit(uint64_t index, unsigned level)
{
    unsigned shift = ULMM_PAGEMAP_BITS * (ULMM_PAGEMAP_LEVELS - 1u - level);
    return (unsigned)(index >> shift) & (ULMM_PAGEMAP_FANOUT - 1u);
}

void **ulmm_pagemap_slot(struct ulmm *u, struct ulmm_pagemap *map, uint64_t index, bool create)
{
    struct ulmm_pagemap_node **node = &map->root;
    for (unsigned level = 0;; level++) {
        if (*node == NULL) {
            if (!create)
                return NULL;
            *node = ulmm_meta_alloc(u, sizeof **node);
            if (*node == NULL)
                return NULL;
            map->nodes++;
        }
        void **slot = &(*node)->slots[pagemap_digit(index, level)];
        if (level == ULMM_PAGEMAP_LEVELS - 1u)
            return slot;
        node = (struct ulmm_pagemap_node **)slot;
    }
}

void *ulmm_pagemap_get(const struct ulmm_pagemap *map, uint64_t index)
{
    const struct ulmm_pagemap_node *node = map->root;
    for (unsigned level = 0; node != NULL; level++) {
        void *entry = node->slots[pagemap_digit(index, level)];
        if (level == ULMM_PAGEMAP_LEVELS - 1u)
            return entry;
        node = entry;
    }
    return NULL;
}

void *ulmm_pagemap_take(struct ulmm *u, struct ulmm_pagemap *map, uint64_t index)
{
    void **slot = ulmm_pagemap_slot(u, map, index, false);
    if (slot == NULL || *slot == NULL)
        return NULL;
    void *entry = *slot;
    *slot = NULL;
    map->count--;
    return entry;
}

/* The first present entry at or after *index in the subtree of node (at
 * level, covering indexes from base); false if none below end. */
static bool pagemap_scan(const struct ulmm_pagemap_node *node, unsigned level, uint64_t base,
                         uint64_t *index, uint64_t end)
{
    unsigned shift = ULMM_PAGEMAP_BITS * (ULMM_PAGEMAP_LEVELS - 1u - level);
    unsigned first = *index > base ? (unsigned)((*index - base) >> shift) : 0;
    for (unsigned digit = first; digit < ULMM_PAGEMAP_FANOUT; digit++) {
        uint64_t child_base = base + ((uint64_t)digit << shift);
        if (child_base >= end)
            return false;
        void *entry = node->slots[digit];
        if (entry == NULL)
            continue;
        if (level == ULMM_PAGEMAP_LEVELS - 1u) {
            if (child_base >= *index) {
                *index = child_base;
                return true;
            }
            continue;
        }
        if (pagemap_scan(entry, level + 1u, child_base, index, end))
            return true;
    }
    return false;
}

bool ulmm_pagemap_next(const struct ulmm_pagemap *map, uint64_t *index, uint64_t end)
{
    if (map->root == NULL || *index >= end)
        return false;
    /* A present entry right at *index (every page of an eager range) needs no scan. */
    if (ulmm_pagemap_get(map, *index) != NULL)
        return true;
    return pagemap_scan(map->root, 0, 0, index, end);
}

static void pagemap_free_node(struct ulmm *u, struct ulmm_pagemap_node *node, unsigned level)
{
    if (level < ULMM_PAGEMAP_LEVELS - 1u)
        for (unsigned digit = 0; digit < ULMM_PAGEMAP_FANOUT; digit++)
            if (node->slots[digit])
                pagemap_free_node(u, node->slots[digit], level + 1u);
    ulmm_meta_free(u, node, sizeof *node);
}

void ulmm_pagemap_clear(struct ulmm *u, struct ulmm_pagemap *map)
{
    if (map->root)
        pagemap_free_node(u, map->root, 0);
    map->root = NULL;
    map->count = 0;
    map->nodes = 0;
}

void *ulmm_pagemap_take_next(struct ulmm *u, struct ulmm_pagemap *map, uint64_t *index,
                             uint64_t end)
{
    /* Most often the entry is right at *index (every page of an eager range): one walk. */
    void **slot = *index < end ? ulmm_pagemap_slot(u, map, *index, false) : NULL;
    if ((slot == NULL || *slot == NULL) && ulmm_pagemap_next(map, index, end))
        slot = ulmm_pagemap_slot(u, map, *index, false);
    if (slot == NULL || *slot == NULL)
        return NULL;
    void *entry = *slot;
    *slot = NULL;
    map->count--;
    return entry;
}

bool ulmm_pagemap_put(struct ulmm *u, struct ulmm_pagemap *map, uint64_t index, void *entry)
{
    void **slot = ulmm_pagemap_slot(u, map, index, true);
    if (slot == NULL)
        return false;
    *slot = entry;
    map->count++;
    return true;
}
