/*
 * ULMM's bookkeeping memory: records of 16 to 4096 bytes in pages ULMM maps
 * for itself.
 *
 * Layer: ULMM core. Pages come from the buddy system (converted into frames
 * and mapped one after another into ULMM's window of its own address space,
 * with the page tables that needs; all of it counted as ULMM's), so the
 * bookkeeping grows with use. To keep a request from running dry halfway,
 * ulmm_meta_refill() keeps a few pages spare and is called before each
 * request; records are then carved from spare pages only, never by a nested
 * buddy allocation. Pages are never given back: records freed are reused.
 */
#include "ulmm.h"

/* The class of the smallest record of at least `bytes` (16 << class). */
static unsigned meta_class(size_t bytes)
{
    if (bytes <= 16)
        return 0;
    return 64u - (unsigned)__builtin_clzll((uint64_t)bytes - 1) - 4u;
}

/* Zero the bytes a record is asked for, a word at a time (records are 16-byte
 * aligned). Kept from becoming a memset() call: this is on every request's
 * path, and a few stores beat a general routine for 30 to 100 bytes. */
__attribute__((no_builtin("memset"))) static void meta_zero(void *record, size_t bytes)
{
    uint64_t *words = record;
    for (size_t i = 0; i < (bytes + 7) / 8; i++)
        words[i] = 0;
}

static void meta_add_spare(struct ulmm_meta *m, void *page)
{
    *(void **)page = m->spare;
    m->spare = page;
    m->spare_count++;
}

void ulmm_meta_init(struct ulmm *u, void *bootstrap, size_t bytes)
{
    uintptr_t start =
        ((uintptr_t)bootstrap + ULMM_PAGE_SIZE - 1) & ~(uintptr_t)(ULMM_PAGE_SIZE - 1);
    uintptr_t end = (uintptr_t)bootstrap + bytes;
    for (uintptr_t page = start; page + ULMM_PAGE_SIZE <= end; page += ULMM_PAGE_SIZE) {
        meta_add_spare(&u->meta, (void *)page);
        u->meta.bootstrap_pages++;
    }
}

/* Keep ULMM_SLOTS_SPARE capability slots ready: a block (from the buddy
 * system, ULMM's own from then on) becomes one more node of slots. */
static bool meta_slots_refill(struct ulmm *u)
{
    struct ulmm_backend *b = &u->backend;
    if (b->slots_free == NULL)
        return true;
    while (b->slots_free(b->context) < ULMM_SLOTS_SPARE) {
        struct ulmm_block *block = ulmm_buddy_alloc(u, b->slots_grow_bits);
        if (block == NULL)
            return b->slots_free(b->context) > 0;
        if (b->slots_grow(b->context, block->cap) != 0) {
            ulmm_buddy_free(u, block);
            return b->slots_free(b->context) > 0;
        }
        block->next = u->meta.slot_blocks;
        u->meta.slot_blocks = block;
        u->meta.slot_bytes += UINT64_C(1) << block->order;
    }
    return true;
}

bool ulmm_meta_refill(struct ulmm *u)
{
    struct ulmm_meta *m = &u->meta;
    if (!meta_slots_refill(u))
        return false;
    while (m->spare_count < ULMM_META_SPARE) {
        struct ulmm_block *block;
        ulmm_cap frame;
        if (m->next >= m->end ||
            ulmm_tables_ensure(u, u->self_space, m->next, &m->tables, &m->table_count, NULL) !=
                ULMM_OK ||
            ulmm_pool_convert(u, ULMM_OBJECT_FRAME, ULMM_PAGE_BITS, &block, &frame) != 0)
            return false;
        void *page = u->backend.self_map(u->backend.context, frame, u->self_space, m->next);
        if (page == NULL) {
            ulmm_buddy_destroy(u, block, frame);
            return false;
        }
        m->next += ULMM_PAGE_SIZE;
        m->pages++;
        meta_add_spare(m, page);
    }
    return true;
}

void *ulmm_meta_alloc(struct ulmm *u, size_t bytes)
{
    struct ulmm_meta *m = &u->meta;
    unsigned class = meta_class(bytes);
    if (class >= ULMM_META_CLASSES)
        return NULL;
    if (m->free[class] == NULL) {
        if (m->spare == NULL)
            return NULL;
        char *page = m->spare;
        m->spare = *(void **)page;
        m->spare_count--;
        size_t size = (size_t)16 << class;
        for (size_t offset = 0; offset < ULMM_PAGE_SIZE; offset += size) {
            *(void **)(page + offset) = m->free[class];
            m->free[class] = page + offset;
            m->carved[class]++;
        }
    }
    void *record = m->free[class];
    m->free[class] = *(void **)record;
    m->live[class]++;
    meta_zero(record, bytes);
    return record;
}

void ulmm_meta_free(struct ulmm *u, void *record, size_t bytes)
{
    struct ulmm_meta *m = &u->meta;
    unsigned class = meta_class(bytes);
    *(void **)record = m->free[class];
    m->free[class] = record;
    m->live[class]--;
}
