/*
 * ULMM's physical memory: a buddy system of power-of-two blocks, each block
 * one generic capability.
 *
 * Layer: ULMM core. ULMM never learns where memory lies, only how large each
 * generic is, and the kernel lets one generic be one allocator only: its
 * capability cannot be copied, and its cursor goes back to the start only
 * when nothing made from it is left. So a block is split by converting it
 * into its two halves as child generics, used by converting it into exactly
 * one object, and made whole again by destroying what was made from it:
 * reclaiming a used block (revoking it) empties it, and deleting two free
 * halves leaves their parent with no children, hence empty and whole again.
 * Halves are merged lazily, only when an allocation finds no block large
 * enough: a client that maps and unmaps one page in a loop then costs one
 * conversion per page, not a chain of splits and merges.
 * A block is therefore always in one of three states, each matching what the
 * kernel knows of the generic: free (no children), split (exactly its two
 * halves, or for a 64 KiB block split for a page its sixteen pages, made by
 * one conversion), used (exactly one object and that object's copies).
 */
#include "ulmm.h"

static void buddy_push(struct ulmm_buddy *b, struct ulmm_block *block)
{
    block->state = ULMM_BLOCK_FREE;
    block->prev = NULL;
    block->next = b->free[block->order];
    if (block->next)
        block->next->prev = block;
    b->free[block->order] = block;
    b->free_bytes += UINT64_C(1) << block->order;
}

static void buddy_unlink(struct ulmm_buddy *b, struct ulmm_block *block)
{
    if (block->prev)
        block->prev->next = block->next;
    else
        b->free[block->order] = block->next;
    if (block->next)
        block->next->prev = block->prev;
    block->next = block->prev = NULL;
    b->free_bytes -= UINT64_C(1) << block->order;
}

bool ulmm_buddy_add(struct ulmm *u, ulmm_cap generic, unsigned order)
{
    struct ulmm_block *block = ulmm_meta_alloc(u, sizeof *block);
    if (block == NULL)
        return false;
    block->cap = generic;
    block->order = (uint8_t)order;
    block->root_next = u->buddy.roots;
    u->buddy.roots = block;
    u->buddy.total += UINT64_C(1) << order;
    buddy_push(&u->buddy, block);
    return true;
}

/* How many pieces a block is split into on the way to order `target`: 16
 * pages at once for a 64 KiB block split for a page (one conversion makes
 * them all), else two halves. */
static unsigned buddy_pieces(const struct ulmm_block *block, unsigned target)
{
    return block->order == ULMM_FAN_ORDER && target == ULMM_ORDER_MIN ? ULMM_FAN : 2u;
}

static void buddy_pieces_free(struct ulmm *u, struct ulmm_block **pieces, unsigned count)
{
    for (unsigned i = 0; i < count; i++)
        if (pieces[i])
            ulmm_meta_free(u, pieces[i], sizeof *pieces[i]);
    ulmm_meta_free(u, pieces, sizeof(struct ulmm_block *) * count);
}

/* Split a free block (already off its list) into `count` pieces; all but
 * the first go on the free list, the first is returned off the list. */
static struct ulmm_block *buddy_split(struct ulmm *u, struct ulmm_block *block, unsigned count)
{
    unsigned piece_order = block->order - (count == 2 ? 1u : ULMM_FAN_ORDER - ULMM_ORDER_MIN);
    struct ulmm_block **pieces = ulmm_meta_alloc(u, sizeof(struct ulmm_block *) * count);
    ulmm_cap caps[ULMM_FAN];
    if (pieces == NULL)
        return NULL;
    bool records = true;
    for (unsigned i = 0; i < count; i++)
        records = (pieces[i] = ulmm_meta_alloc(u, sizeof *pieces[i])) != NULL && records;
    if (!records ||
        u->backend.generic_split(u->backend.context, block->cap, piece_order, count, caps) != 0) {
        buddy_pieces_free(u, pieces, count);
        return NULL;
    }
    for (unsigned i = 0; i < count; i++) {
        pieces[i]->cap = caps[i];
        pieces[i]->order = (uint8_t)piece_order;
        pieces[i]->parent = block;
    }
    block->children = pieces;
    block->child_count = (uint8_t)count;
    block->state = ULMM_BLOCK_SPLIT;
    for (unsigned i = count; i-- > 1;)
        buddy_push(&u->buddy, pieces[i]);
    pieces[0]->state = ULMM_BLOCK_USED;
    return pieces[0];
}

static bool ulmm_buddy_coalesce(struct ulmm *u);

struct ulmm_block *ulmm_buddy_alloc(struct ulmm *u, unsigned order)
{
    struct ulmm_buddy *b = &u->buddy;
    if (order < ULMM_ORDER_MIN || order > ULMM_ORDER_MAX)
        return NULL;
    unsigned found = order;
    while (found <= ULMM_ORDER_MAX && b->free[found] == NULL)
        found++;
    if (found > ULMM_ORDER_MAX && ulmm_buddy_coalesce(u))
        return ulmm_buddy_alloc(u, order);
    if (found > ULMM_ORDER_MAX)
        return NULL;
    struct ulmm_block *block = b->free[found];
    buddy_unlink(b, block);
    block->state = ULMM_BLOCK_USED;
    while (block->order > order) {
        unsigned pieces = buddy_pieces(block, order);
        struct ulmm_block *half = buddy_split(u, block, pieces);
        if (half == NULL && pieces != 2) /* no 16 neighbouring slots, say: halve it */
            half = buddy_split(u, block, 2);
        if (half == NULL) {
            /* Give back what was split so far (merged when needed). */
            ulmm_buddy_free(u, block);
            return NULL;
        }
        block = half;
    }
    return block;
}

/* Make the parent of free pieces whole: deleting them all leaves it with
 * no children, so the kernel resets its cursor. */
static void buddy_merge(struct ulmm *u, struct ulmm_block *parent)
{
    unsigned count = parent->child_count;
    for (unsigned i = 0; i < count; i++) {
        struct ulmm_block *piece = parent->children[i];
        buddy_unlink(&u->buddy, piece);
        u->backend.cap_release(u->backend.context, piece->cap);
    }
    buddy_pieces_free(u, parent->children, count);
    parent->children = NULL;
    parent->child_count = 0;
    buddy_push(&u->buddy, parent);
}

static bool buddy_mergeable(const struct ulmm_block *parent)
{
    for (unsigned i = 0; i < parent->child_count; i++)
        if (parent->children[i]->state != ULMM_BLOCK_FREE)
            return false;
    return true;
}

void ulmm_buddy_free(struct ulmm *u, struct ulmm_block *block)
{
    /* Halves are merged lazily (ulmm_buddy_coalesce), so that freeing and
     * allocating one page again and again does not split and merge the
     * same chain of blocks each time. */
    buddy_push(&u->buddy, block);
}

/* Merge the free pieces of every block, smallest first, so that merged
 * blocks can merge again; true if any merged. */
static bool ulmm_buddy_coalesce(struct ulmm *u)
{
    bool merged = false;
    for (unsigned order = ULMM_ORDER_MIN; order < ULMM_ORDER_MAX; order++) {
        struct ulmm_block *block = u->buddy.free[order];
        while (block) {
            struct ulmm_block *parent = block->parent;
            if (parent && buddy_mergeable(parent)) {
                buddy_merge(u, parent);
                merged = true;
                block = u->buddy.free[order]; /* the list changed: start over */
            } else {
                block = block->next;
            }
        }
    }
    return merged;
}

int ulmm_buddy_convert(struct ulmm *u, unsigned kind, unsigned size, unsigned order,
                       struct ulmm_block **block, ulmm_cap *object)
{
    struct ulmm_block *b = ulmm_buddy_alloc(u, order);
    if (b == NULL)
        return -1;
    int error = u->backend.generic_convert(u->backend.context, b->cap, kind, size, object);
    if (error != 0) {
        ulmm_buddy_free(u, b);
        return error;
    }
    *block = b;
    return 0;
}

static void pool_push(struct ulmm_buddy *b, struct ulmm_block *block)
{
    block->state = ULMM_BLOCK_POOLED;
    block->pooled = true;
    block->prev = NULL;
    block->next = b->pool;
    if (block->next)
        block->next->prev = block;
    b->pool = block;
    b->pool_bytes += ULMM_PAGE_SIZE;
}

/* A page of the pool (refilled with the sixteen pages of a 64 KiB block),
 * or, when no such block is left, any page. */
static struct ulmm_block *pool_take(struct ulmm *u)
{
    struct ulmm_buddy *b = &u->buddy;
    if (b->pool == NULL) {
        struct ulmm_block *chunk = ulmm_buddy_alloc(u, ULMM_FAN_ORDER);
        struct ulmm_block *first = chunk ? buddy_split(u, chunk, ULMM_FAN) : NULL;
        if (first == NULL) {
            if (chunk)
                ulmm_buddy_free(u, chunk);
            return ulmm_buddy_alloc(u, ULMM_ORDER_MIN);
        }
        for (unsigned i = 1; i < ULMM_FAN; i++) {
            buddy_unlink(b, chunk->children[i]);
            pool_push(b, chunk->children[i]);
        }
        first->pooled = true;
        return first;
    }
    struct ulmm_block *block = b->pool;
    b->pool = block->next;
    if (b->pool)
        b->pool->prev = NULL;
    block->next = NULL;
    b->pool_bytes -= ULMM_PAGE_SIZE;
    block->state = ULMM_BLOCK_USED;
    return block;
}

int ulmm_pool_convert(struct ulmm *u, unsigned kind, unsigned size, struct ulmm_block **block,
                      ulmm_cap *object)
{
    struct ulmm_block *b = pool_take(u);
    if (b == NULL)
        return -1;
    int error = u->backend.generic_convert(u->backend.context, b->cap, kind, size, object);
    if (error != 0) {
        if (b->pooled)
            pool_push(&u->buddy, b);
        else
            ulmm_buddy_free(u, b);
        return error;
    }
    *block = b;
    return 0;
}

void ulmm_buddy_destroy(struct ulmm *u, struct ulmm_block *block, ulmm_cap object)
{
    /* Revoking the block destroys the object and every copy of its
     * capability, wherever they went; the generic is empty afterwards, and
     * so is the object's slot (deleted only if the revocation failed). */
    if (u->backend.generic_reclaim(u->backend.context, block->cap) == 0)
        u->backend.cap_forget(u->backend.context, object);
    else
        u->backend.cap_release(u->backend.context, object);
    if (block->pooled)
        pool_push(&u->buddy, block);
    else
        ulmm_buddy_free(u, block);
}
