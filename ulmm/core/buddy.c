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
 * halves), used (exactly one object and that object's copies).
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

/* Split a free block (already off its list) into two halves; the second goes
 * on the free list, the first is returned off the list. */
static struct ulmm_block *buddy_split(struct ulmm *u, struct ulmm_block *block)
{
    struct ulmm_block *half[2] = {ulmm_meta_alloc(u, sizeof **half),
                                  ulmm_meta_alloc(u, sizeof **half)};
    ulmm_cap caps[2];
    if (half[0] == NULL || half[1] == NULL ||
        u->backend.generic_split(u->backend.context, block->cap, block->order - 1u, caps) != 0) {
        if (half[0])
            ulmm_meta_free(u, half[0], sizeof *half[0]);
        if (half[1])
            ulmm_meta_free(u, half[1], sizeof *half[1]);
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        half[i]->cap = caps[i];
        half[i]->order = (uint8_t)(block->order - 1u);
        half[i]->parent = block;
        block->children[i] = half[i];
    }
    block->state = ULMM_BLOCK_SPLIT;
    buddy_push(&u->buddy, half[1]);
    half[0]->state = ULMM_BLOCK_USED;
    return half[0];
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
        struct ulmm_block *half = buddy_split(u, block);
        if (half == NULL) {
            /* Give back what was split so far (merged when needed). */
            ulmm_buddy_free(u, block);
            return NULL;
        }
        block = half;
    }
    return block;
}

/* Make the parent of two free halves whole: deleting both leaves it with no
 * children, so the kernel resets its cursor. */
static void buddy_merge(struct ulmm *u, struct ulmm_block *parent)
{
    for (int i = 0; i < 2; i++) {
        struct ulmm_block *half = parent->children[i];
        buddy_unlink(&u->buddy, half);
        u->backend.cap_release(u->backend.context, half->cap);
        ulmm_meta_free(u, half, sizeof *half);
        parent->children[i] = NULL;
    }
    buddy_push(&u->buddy, parent);
}

void ulmm_buddy_free(struct ulmm *u, struct ulmm_block *block)
{
    /* Halves are merged lazily (ulmm_buddy_coalesce), so that freeing and
     * allocating one page again and again does not split and merge the
     * same chain of blocks each time. */
    buddy_push(&u->buddy, block);
}

/* Merge every pair of free halves, smallest first, so that merged blocks
 * can merge again; true if any merged. */
static bool ulmm_buddy_coalesce(struct ulmm *u)
{
    bool merged = false;
    for (unsigned order = ULMM_ORDER_MIN; order < ULMM_ORDER_MAX; order++) {
        struct ulmm_block *block = u->buddy.free[order];
        while (block) {
            struct ulmm_block *parent = block->parent;
            if (parent && parent->children[0]->state == ULMM_BLOCK_FREE &&
                parent->children[1]->state == ULMM_BLOCK_FREE) {
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

void ulmm_buddy_destroy(struct ulmm *u, struct ulmm_block *block, ulmm_cap object)
{
    /* Revoking the block destroys the object and every copy of its
     * capability, wherever they went; the generic is empty afterwards. */
    u->backend.generic_reclaim(u->backend.context, block->cap);
    u->backend.cap_release(u->backend.context, object);
    ulmm_buddy_free(u, block);
}
