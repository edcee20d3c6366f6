/*
 * Capabilities and the slots that hold them (portable core).
 *
 * A slot holds one capability and its place in the derivation tree: every
 * capability knows the one it was derived from (parent) and those derived
 * from it (children, a doubly linked sibling list). Copy and mint add a
 * child; convert adds the new objects' capabilities as children of the
 * generic's; delete splices a slot's children into its parent's list;
 * revoke deletes the whole subtree below a slot.
 *
 * The capability's words by type:
 *   NODE     object = kernel address of the struct node
 *   GENERIC  object = physical base, size_bits = log2 of its size,
 *            data = bytes of it already handed out (the allocation cursor),
 *            flags & CAPABILITY_DEVICE for device memory,
 *            reserved = chunks an unfinished conversion zeroed (generic.c)
 * Who may touch: only code under a9n/kernel, with interrupts off.
 */
#ifndef A9N_KERNEL_CAPABILITY_H
#define A9N_KERNEL_CAPABILITY_H

#include <stdbool.h>
#include <stdint.h>

#define CAPABILITY_DEVICE 1u

/* Kernel-internal type of a slot an unfinished node.move is filling
 * (derivation_move): it names no object, no operation accepts it, it cannot
 * be copied, and it reads as this type through node.inspect. */
#define CAPABILITY_TYPE_MOVE_TARGET 0xffu

struct capability {
    uint8_t type;      /* enum a9n_object_type; 0 = empty slot */
    uint8_t rights;    /* A9N_RIGHT_* bits */
    uint8_t size_bits; /* node radix, or log2 of a generic's size */
    uint8_t flags;
    uint32_t reserved; /* frame, page table, address space: high bits of a record's generation;
                          generic: chunks an unfinished conversion zeroed (generic.c) */
    uint64_t object;
    uint64_t data;
};

struct slot {
    struct capability capability;
    struct slot *parent;
    struct slot *first_child;
    struct slot *next_sibling;
    struct slot *previous_sibling;
    /* A generic's slot: where an unfinished conversion's zeroing began
     * (generic.c); otherwise 0. Also pads a slot to 64 bytes, so node
     * sizes are powers of two. */
    uint64_t reserved;
};

_Static_assert(sizeof(struct capability) == 24, "capability layout");
_Static_assert(sizeof(struct slot) == 64, "slot layout");

static inline bool slot_is_empty(const struct slot *slot)
{
    return slot->capability.type == 0;
}

/* Put `capability` into the empty `slot` as a child of `parent` (NULL: a root). */
void slot_insert(struct slot *slot, const struct capability *capability, struct slot *parent);

/* Empty `slot`: its children become children of its parent. Does not release
 * the object; see object_release. */
void slot_clear(struct slot *slot);

/* Make the first child of `slot` a child of its parent (a root if it has none). */
void slot_lift_first_child(struct slot *slot);

/* Move the capability, its place in the tree and its reserved word from
 * `source` to the empty `destination`. */
void slot_move(struct slot *destination, struct slot *source);

/* Make `child` (a full slot anywhere in the tree) a child of `parent`. */
void slot_adopt(struct slot *parent, struct slot *child);

/* `child` is its parent's only child: it takes the parent's capability,
 * reserved word and place in the tree, and the parent's slot is emptied. */
void slot_replace_parent(struct slot *child);

/* Counts every change that removes a slot from the tree or moves one within
 * it (not insertions): a walk that stopped may go on from where it was only
 * if this has not changed since (derivation_demote). */
extern uint64_t slot_tree_epoch;

#endif
