/*
 * The fake kernel behind ULMM's core in host tests; see fake_backend.h.
 *
 * Layer: host tests of ULMM. Capabilities are slots of one growing table,
 * linked into a derivation tree (parent, first child, siblings) so that
 * reclaiming a generic deletes exactly what was made from it, copies
 * included, as revocation does in A9N. Page tables and mappings are kept in
 * one hash table of keys; the geometry is x86_64's (tables at depths 1..3
 * covering 512 GiB, 1 GiB and 2 MiB).
 */
#include "fake_backend.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ulmm/types.h>

enum fake_type {
    FAKE_NONE,
    FAKE_GENERIC,
    FAKE_FRAME,
    FAKE_TABLE,
    FAKE_OBJECT,
    FAKE_SPACE,
    FAKE_PORT,
};

struct fake_slot {
    bool live;  /* holds a capability */
    bool taken; /* not yet released by ULMM (may be dead after a revocation) */
    uint8_t type, order;
    unsigned kind, size;
    uint32_t parent, first_child, next_sibling, prev_sibling;
    bool mapped, is_copy, self;
    uint64_t space, address, prot;
};

struct fake_backend {
    struct fake_slot *slots;
    uint32_t count, capacity;
    uint64_t *keys; /* open addressing: 0 empty, 1 deleted */
    uint64_t key_capacity, key_used;
    void **pages;
    uint64_t page_count, page_capacity;
    uint64_t fail_countdown;
    uint32_t *free; /* released slots, to reuse */
    uint32_t free_count, free_capacity;
    uint64_t taken;  /* slots ULMM holds */
    uint64_t budget; /* slots ULMM may hold; 0: no limit */
    uint64_t nodes;  /* nodes made by slots_grow */
};

#define FAKE_NODE_SLOTS 512u /* a grown node: radix 9, in a 64 KiB generic */

#define KEY_EMPTY   0
#define KEY_DELETED 1

static void fake_fatal(const char *rule)
{
    fprintf(stderr, "fake kernel: ULMM broke a kernel rule: %s\n", rule);
    abort();
}

static bool fake_fail(struct fake_backend *f)
{
    return f->fail_countdown != 0 && --f->fail_countdown == 0;
}

/* No room for n more slots: the call fails, as the kernel backend's does. */
static bool fake_no_room(const struct fake_backend *f, uint64_t n)
{
    return f->budget != 0 && f->taken + n > f->budget;
}

/* ---- key set ---- */
static uint64_t key_hash(uint64_t key)
{
    key ^= key >> 31;
    key *= UINT64_C(0x9e3779b97f4a7c15);
    return key ^ (key >> 29);
}

static bool key_has(const struct fake_backend *f, uint64_t key)
{
    for (uint64_t i = key_hash(key) & (f->key_capacity - 1);; i = (i + 1) & (f->key_capacity - 1)) {
        if (f->keys[i] == key)
            return true;
        if (f->keys[i] == KEY_EMPTY)
            return false;
    }
}

static void key_add(struct fake_backend *f, uint64_t key);

static void key_grow(struct fake_backend *f)
{
    uint64_t *old = f->keys, old_capacity = f->key_capacity;
    f->key_capacity = old_capacity ? old_capacity * 2 : 1024;
    f->keys = calloc(f->key_capacity, sizeof *f->keys);
    f->key_used = 0;
    for (uint64_t i = 0; i < old_capacity; i++)
        if (old[i] > KEY_DELETED)
            key_add(f, old[i]);
    free(old);
}

static void key_add(struct fake_backend *f, uint64_t key)
{
    if ((f->key_used + 1) * 2 > f->key_capacity)
        key_grow(f);
    uint64_t i = key_hash(key) & (f->key_capacity - 1);
    while (f->keys[i] > KEY_DELETED)
        i = (i + 1) & (f->key_capacity - 1);
    f->keys[i] = key;
    f->key_used++;
}

static void key_remove(struct fake_backend *f, uint64_t key)
{
    for (uint64_t i = key_hash(key) & (f->key_capacity - 1);; i = (i + 1) & (f->key_capacity - 1)) {
        if (f->keys[i] == key) {
            f->keys[i] = KEY_DELETED; /* stays counted in key_used until the next growth */
            return;
        }
        if (f->keys[i] == KEY_EMPTY)
            fake_fatal("removing a mapping that is not there");
    }
}

static unsigned table_shift(unsigned depth)
{
    return 48u - 9u * depth; /* depth 1: 39, 2: 30, 3: 21 */
}

static uint64_t table_key(uint64_t space, unsigned depth, uint64_t address)
{
    return space << 48 | UINT64_C(1) << 47 | (uint64_t)depth << 40 | address >> table_shift(depth);
}

static uint64_t mapping_key(uint64_t space, uint64_t address)
{
    return space << 48 | address >> ULMM_PAGE_BITS | UINT64_C(1) << 46;
}

/* ---- slots ---- */
static uint32_t slot_new(struct fake_backend *f, uint8_t type, uint32_t parent)
{
    uint32_t index = 0;
    if (f->free_count > 0)
        index = f->free[--f->free_count];
    if (index == 0) {
        if (f->count == f->capacity) {
            f->capacity = f->capacity ? f->capacity * 2 : 1024;
            f->slots = realloc(f->slots, f->capacity * sizeof *f->slots);
        }
        index = f->count++;
        if (index == 0)
            index = f->count++;
    }
    struct fake_slot *s = &f->slots[index];
    memset(s, 0, sizeof *s);
    s->live = s->taken = true;
    f->taken++;
    if (f->budget != 0 && f->taken > f->budget)
        fake_fatal("more slots taken than the nodes have");
    s->type = type;
    s->parent = parent;
    if (parent) {
        struct fake_slot *p = &f->slots[parent];
        s->next_sibling = p->first_child;
        if (p->first_child)
            f->slots[p->first_child].prev_sibling = index;
        p->first_child = index;
    }
    return index;
}

static struct fake_slot *slot_get(struct fake_backend *f, ulmm_cap cap, uint8_t type)
{
    if (cap == 0 || cap >= f->count || !f->slots[cap].live || f->slots[cap].type != type)
        fake_fatal("capability of the wrong type or empty");
    return &f->slots[cap];
}

static void slot_kill(struct fake_backend *f, uint32_t index)
{
    struct fake_slot *s = &f->slots[index];
    while (s->first_child)
        slot_kill(f, s->first_child);
    if (s->mapped && s->type == FAKE_FRAME)
        key_remove(f, mapping_key(s->space, s->address));
    if (s->mapped && s->type == FAKE_TABLE)
        key_remove(f, table_key(s->space, s->size, s->address));
    if (s->parent) {
        struct fake_slot *p = &f->slots[s->parent];
        if (s->prev_sibling)
            f->slots[s->prev_sibling].next_sibling = s->next_sibling;
        else
            p->first_child = s->next_sibling;
        if (s->next_sibling)
            f->slots[s->next_sibling].prev_sibling = s->prev_sibling;
    }
    s->live = false;
    s->mapped = false;
    s->parent = s->first_child = s->next_sibling = s->prev_sibling = 0;
}

/* ---- operations ---- */
static int fake_split(void *context, ulmm_cap parent, unsigned child_bits, unsigned count,
                      ulmm_cap *children)
{
    struct fake_backend *f = context;
    struct fake_slot *p = slot_get(f, parent, FAKE_GENERIC);
    if (p->first_child)
        fake_fatal("splitting a generic that is not empty");
    if (child_bits < 12 || child_bits >= p->order ||
        (UINT64_C(1) << (p->order - child_bits)) != count || (count != 2 && count != 16))
        fake_fatal("splitting into pieces that do not tile the generic");
    if (fake_fail(f) || fake_no_room(f, count))
        return -1;
    for (unsigned i = 0; i < count; i++) {
        children[i] = slot_new(f, FAKE_GENERIC, (uint32_t)parent);
        f->slots[children[i]].order = (uint8_t)child_bits;
    }
    return 0;
}

static uint64_t fake_object_bytes(unsigned kind, unsigned size)
{
    switch (kind) {
    case ULMM_OBJECT_FRAME:
        if (size != 12)
            fake_fatal("frame size");
        return 4096;
    case ULMM_OBJECT_PAGE_TABLE:
        if (size < 1 || size > 3)
            fake_fatal("page table depth");
        return 4096;
    case ULMM_OBJECT_THREAD:
        return 2048;
    case ULMM_OBJECT_IPC_PORT:
    case ULMM_OBJECT_NOTIFICATION:
        return 64;
    case ULMM_OBJECT_NODE:
        if (size < 1 || size > 20)
            fake_fatal("node radix");
        return 64 * ((UINT64_C(1) << size) + 1);
    default:
        fake_fatal("converting into an unknown kind");
        return 0;
    }
}

static int fake_convert(void *context, ulmm_cap generic, unsigned kind, unsigned size,
                        ulmm_cap *object)
{
    struct fake_backend *f = context;
    struct fake_slot *g = slot_get(f, generic, FAKE_GENERIC);
    if (g->first_child)
        fake_fatal("converting a generic that is not empty (one-allocator rule)");
    if (fake_object_bytes(kind, size) > (UINT64_C(1) << g->order))
        fake_fatal("object larger than its generic");
    if (fake_fail(f) || fake_no_room(f, 1))
        return -1;
    uint8_t type = kind == ULMM_OBJECT_FRAME        ? FAKE_FRAME
                   : kind == ULMM_OBJECT_PAGE_TABLE ? FAKE_TABLE
                                                    : FAKE_OBJECT;
    *object = slot_new(f, type, (uint32_t)generic);
    f->slots[*object].kind = kind;
    f->slots[*object].size = size;
    return 0;
}

static int fake_reclaim(void *context, ulmm_cap generic)
{
    struct fake_backend *f = context;
    struct fake_slot *g = slot_get(f, generic, FAKE_GENERIC);
    for (uint32_t c = g->first_child; c; c = f->slots[c].next_sibling)
        if (f->slots[c].type == FAKE_GENERIC)
            fake_fatal("reclaiming a split generic");
    while (g->first_child)
        slot_kill(f, g->first_child);
    return 0;
}

static void slot_free(struct fake_backend *f, ulmm_cap cap)
{
    f->slots[cap].taken = false;
    f->taken--;
    if (f->free_count == f->free_capacity) {
        f->free_capacity = f->free_capacity ? f->free_capacity * 2 : 1024;
        f->free = realloc(f->free, f->free_capacity * sizeof *f->free);
    }
    f->free[f->free_count++] = (uint32_t)cap;
}

static void fake_release(void *context, ulmm_cap cap)
{
    struct fake_backend *f = context;
    if (cap == 0 || cap >= f->count || !f->slots[cap].taken)
        fake_fatal("releasing a slot ULMM does not hold");
    if (f->slots[cap].live) {
        if (f->slots[cap].first_child)
            fake_fatal("deleting a capability whose children would move up");
        slot_kill(f, (uint32_t)cap);
    }
    slot_free(f, cap);
}

static void fake_forget(void *context, ulmm_cap cap)
{
    struct fake_backend *f = context;
    if (cap == 0 || cap >= f->count || !f->slots[cap].taken)
        fake_fatal("forgetting a slot ULMM does not hold");
    if (f->slots[cap].live)
        fake_fatal("forgetting a slot whose capability a reclaim did not destroy");
    slot_free(f, cap);
}

static uint64_t fake_slots_free(void *context)
{
    struct fake_backend *f = context;
    return f->budget == 0 ? UINT64_MAX : f->budget - f->taken;
}

static int fake_slots_grow(void *context, ulmm_cap generic)
{
    struct fake_backend *f = context;
    struct fake_slot *g = slot_get(f, generic, FAKE_GENERIC);
    if (g->first_child || g->order != 16)
        fake_fatal("growing slots with a generic that is not an empty 64 KiB one");
    if (fake_fail(f))
        return -1;
    uint32_t node = slot_new(f, FAKE_OBJECT, (uint32_t)generic);
    f->slots[node].kind = ULMM_OBJECT_NODE;
    f->slots[node].taken = false; /* the node itself sits in ULMM's top node */
    f->taken--;
    f->nodes++;
    if (f->budget != 0)
        f->budget += FAKE_NODE_SLOTS;
    return 0;
}

static int fake_revoke(void *context, ulmm_cap cap)
{
    struct fake_backend *f = context;
    if (cap == 0 || cap >= f->count || !f->slots[cap].live)
        fake_fatal("revoking an empty slot");
    while (f->slots[cap].first_child)
        slot_kill(f, f->slots[cap].first_child);
    return 0;
}

static int fake_copy(void *context, ulmm_cap cap, ulmm_cap *copy)
{
    struct fake_backend *f = context;
    slot_get(f, cap, FAKE_FRAME);
    if (fake_fail(f) || fake_no_room(f, 1))
        return -1;
    *copy = slot_new(f, FAKE_FRAME, (uint32_t)cap);
    f->slots[*copy].is_copy = true;
    return 0;
}

static void fake_prot_check(uint64_t prot)
{
    if (!(prot & ULMM_PROT_READ) || prot & ~ULMM_PROT_ALL)
        fake_fatal("mapping rights without READ or unknown");
    if ((prot & ULMM_PROT_WRITE) && (prot & ULMM_PROT_EXECUTE))
        fake_fatal("writable and executable mapping (W^X)");
}

static int fake_frame_map(void *context, ulmm_cap frame, ulmm_cap space, uint64_t address,
                          uint64_t prot)
{
    struct fake_backend *f = context;
    struct fake_slot *s = slot_get(f, frame, FAKE_FRAME);
    slot_get(f, space, FAKE_SPACE);
    if (s->mapped)
        fake_fatal("mapping a frame capability twice");
    fake_prot_check(prot);
    if (address & 4095 || address >= ULMM_WINDOW_END || address < ULMM_WINDOW_START)
        fake_fatal("mapping outside the window");
    for (unsigned depth = 1; depth <= 3; depth++)
        if (!key_has(f, table_key(space, depth, address)))
            return ULMM_BACKEND_TABLE_MISSING; /* the kernel's refusal: nothing changed */
    if (key_has(f, mapping_key(space, address)))
        fake_fatal("mapping over a mapping");
    if (fake_fail(f))
        return -1;
    key_add(f, mapping_key(space, address));
    s->mapped = true;
    s->space = space;
    s->address = address;
    s->prot = prot;
    return 0;
}

static int fake_frame_unmap(void *context, ulmm_cap frame)
{
    struct fake_backend *f = context;
    struct fake_slot *s = slot_get(f, frame, FAKE_FRAME);
    if (!s->mapped || s->self)
        fake_fatal("unmapping a frame that is not mapped (or ULMM's own)");
    key_remove(f, mapping_key(s->space, s->address));
    s->mapped = false;
    return 0;
}

static int fake_frame_protect(void *context, ulmm_cap frame, uint64_t prot)
{
    struct fake_backend *f = context;
    struct fake_slot *s = slot_get(f, frame, FAKE_FRAME);
    if (!s->mapped || s->self)
        fake_fatal("protecting a frame that is not mapped (or ULMM's own)");
    fake_prot_check(prot);
    s->prot = prot;
    return 0;
}

static int fake_missing_depth(void *context, ulmm_cap space, uint64_t address, unsigned *depth)
{
    struct fake_backend *f = context;
    slot_get(f, space, FAKE_SPACE);
    *depth = 0;
    for (unsigned d = 1; d <= 3 && *depth == 0; d++)
        if (!key_has(f, table_key(space, d, address)))
            *depth = d;
    return 0;
}

static int fake_table_map(void *context, ulmm_cap table, ulmm_cap space, uint64_t address)
{
    struct fake_backend *f = context;
    struct fake_slot *t = slot_get(f, table, FAKE_TABLE);
    slot_get(f, space, FAKE_SPACE);
    if (t->mapped)
        fake_fatal("linking a page table twice");
    for (unsigned d = 1; d < t->size; d++)
        if (!key_has(f, table_key(space, d, address)))
            fake_fatal("linking a page table below a missing one");
    if (key_has(f, table_key(space, t->size, address)))
        fake_fatal("linking a page table where one is");
    if (fake_fail(f))
        return -1;
    key_add(f, table_key(space, t->size, address));
    t->mapped = true;
    t->space = space;
    t->address = address;
    return 0;
}

static void *fake_self_map(void *context, ulmm_cap frame, ulmm_cap space, uint64_t address)
{
    struct fake_backend *f = context;
    struct fake_slot *s = slot_get(f, frame, FAKE_FRAME);
    if (s->mapped)
        fake_fatal("self-mapping a mapped frame");
    int mapped = fake_frame_map(context, frame, space, address, ULMM_PROT_READ | ULMM_PROT_WRITE);
    if (mapped == ULMM_BACKEND_TABLE_MISSING)
        fake_fatal("self-mapping without its page tables");
    if (mapped != 0)
        return NULL;
    s->self = true;
    if (f->page_count == f->page_capacity) {
        f->page_capacity = f->page_capacity ? f->page_capacity * 2 : 64;
        f->pages = realloc(f->pages, f->page_capacity * sizeof *f->pages);
    }
    /* ULMM reaches the page here; the host has no such address space. */
    void *page = aligned_alloc(4096, 4096);
    memset(page, 0, 4096);
    f->pages[f->page_count++] = page;
    return page;
}

/* ---- the test's side ---- */
struct fake_backend *fake_backend_create(void)
{
    struct fake_backend *f = calloc(1, sizeof *f);
    key_grow(f);
    return f;
}

void fake_backend_destroy(struct fake_backend *f)
{
    for (uint64_t i = 0; i < f->page_count; i++)
        free(f->pages[i]);
    free(f->pages);
    free(f->keys);
    free(f->free);
    free(f->slots);
    free(f);
}

struct ulmm_backend fake_backend_ops(struct fake_backend *f)
{
    return (struct ulmm_backend){
        .context = f,
        .generic_split = fake_split,
        .generic_convert = fake_convert,
        .generic_reclaim = fake_reclaim,
        .cap_release = fake_release,
        .cap_copy = fake_copy,
        .cap_revoke = fake_revoke,
        .slots_free = fake_slots_free,
        .slots_grow = fake_slots_grow,
        .slots_grow_bits = 16,
        .cap_forget = fake_forget,
        .frame_map = fake_frame_map,
        .frame_unmap = fake_frame_unmap,
        .frame_protect = fake_frame_protect,
        .space_missing_depth = fake_missing_depth,
        .table_map = fake_table_map,
        .self_map = fake_self_map,
    };
}

ulmm_cap fake_backend_generic(struct fake_backend *f, unsigned bits)
{
    uint32_t index = slot_new(f, FAKE_GENERIC, 0);
    f->slots[index].order = (uint8_t)bits;
    return index;
}

ulmm_cap fake_backend_space(struct fake_backend *f)
{
    return slot_new(f, FAKE_SPACE, 0);
}

ulmm_cap fake_backend_endpoint(struct fake_backend *f, ulmm_cap *client_copy)
{
    uint32_t endpoint = slot_new(f, FAKE_PORT, 0);
    *client_copy = slot_new(f, FAKE_PORT, endpoint);
    f->slots[*client_copy].taken = false; /* the client's, not ULMM's */
    f->taken--;
    return endpoint;
}

int fake_backend_live(const struct fake_backend *f, ulmm_cap cap)
{
    return cap != 0 && cap < f->count && f->slots[cap].live;
}

void fake_backend_slot_budget(struct fake_backend *f, uint64_t slots)
{
    f->budget = f->taken + slots;
}

uint64_t fake_backend_nodes(const struct fake_backend *f)
{
    return f->nodes;
}

void fake_backend_fail_after(struct fake_backend *f, uint64_t n)
{
    f->fail_countdown = n;
}

struct fake_counts fake_backend_counts(const struct fake_backend *f)
{
    struct fake_counts c = {0};
    for (uint32_t i = 1; i < f->count; i++) {
        const struct fake_slot *s = &f->slots[i];
        if (s->taken && !s->live)
            fake_fatal("a revoked slot ULMM never released");
        if (!s->live)
            continue;
        switch (s->type) {
        case FAKE_FRAME:
            c.frame_caps++;
            c.frames += !s->is_copy;
            c.mappings += s->mapped && !s->self;
            c.self_pages += s->mapped && s->self;
            break;
        case FAKE_TABLE:
            c.tables += s->mapped;
            break;
        case FAKE_OBJECT:
            c.objects += s->kind != ULMM_OBJECT_NODE || s->taken; /* not ULMM's slot nodes */
            break;
        case FAKE_GENERIC:
            c.generics++;
            break;
        case FAKE_SPACE:
            c.spaces++;
            break;
        default:
            break;
        }
    }
    return c;
}

int fake_backend_mapped(const struct fake_backend *f, ulmm_cap space, uint64_t address,
                        uint64_t *prot)
{
    for (uint32_t i = 1; i < f->count; i++) {
        const struct fake_slot *s = &f->slots[i];
        if (s->live && s->type == FAKE_FRAME && s->mapped && s->space == space &&
            s->address == address) {
            *prot = s->prot;
            return 1;
        }
    }
    return 0;
}
