/*
 * Deriving, deleting and revoking capabilities (portable core); see
 * include/kernel/derivation.h.
 *
 * Revoke deletes leaves first, in constant-time steps: while the revoked
 * slot has a child, it deletes that child if it has no children of its own,
 * and otherwise lifts the child's first child up to the revoked slot. Every
 * capability below the slot is lifted at most once and deleted once, so
 * revoke is linear in the number of descendants, however deep the tree (a
 * chain of copies too), and it never walks down: a step after a restart
 * costs what any other does. Delete never has children to splice, nothing
 * recurses, and the revoked slot itself cannot vanish meanwhile, because dead
 * nodes are only destroyed by object_reap() afterwards. Every step leaves a
 * consistent tree whose capabilities below the slot are exactly the ones
 * not yet deleted, so revoke may stop at a preemption point after any of
 * them; run again, it goes on with what is left.
 *
 * Move and demote touch every capability below a slot too, and stop at
 * preemption points the same way. A move of a slot with children first puts
 * a move target (CAPABILITY_TYPE_MOVE_TARGET) into the destination, as a
 * child of the source, then makes the source's children the target's one by
 * one, and last lets the target take the source's capability and place in
 * the tree: until that constant-time step the source is untouched and
 * everything adopted is still below it, so revoking or deleting it midway
 * works as on any slot. Run again with the same slots, the move finds its
 * target below the source and goes on. Demote keeps where its walk stopped
 * (demote_resume); run again, it goes on from there unless the tree changed.
 */
#include <kernel/derivation.h>
#include <kernel/object.h>
#include <kernel/object_types.h>
#include <kernel/preempt.h>

void derivation_copy(struct slot *destination, struct slot *source, uint8_t rights)
{
    struct capability capability = source->capability;
    capability.rights &= rights;
    slot_insert(destination, &capability, source);
    object_acquire(&capability);
}

void derivation_insert(struct slot *destination, const struct capability *capability,
                       struct slot *parent)
{
    slot_insert(destination, capability, parent);
    object_acquire(capability);
}

void derivation_delete(struct slot *slot)
{
    struct capability capability = slot->capability;
    struct slot *parent = slot->parent;
    object_type_finalize(&capability);
    slot_clear(slot);
    /* The last capability converted from a generic is gone: its memory may be handed out again
     * (generic.h). Only a deletion resets the cursor, never a lift, so a generic whose children
     * a stopped revoke lifted away still covers them. */
    if (parent && !parent->first_child && parent->capability.type == A9N_OBJECT_GENERIC)
        parent->capability.data = 0;
    object_release(&capability);
}

/* Where a demote that stopped at a preemption point goes on: the slot its
 * walk had reached and whether it was still descending from there. Valid
 * only for the same slot and rights, and only while no slot left or moved
 * within the tree since (slot_tree_epoch); otherwise the walk starts over,
 * which is harmless as narrowing twice narrows nothing more. */
static struct {
    const struct slot *root;
    struct slot *at;
    uint64_t epoch;
    uint8_t rights;
    bool descending;
} demote_resume;

bool derivation_demote(struct slot *slot, uint8_t rights)
{
    /* Post-order walk of the subtree along its links: no recursion, no
     * stack; each step narrows one capability or follows one link, so a long
     * descent down a chain of copies has its preemption points too. Children
     * go before their parent, so what a stopped walk has narrowed is whole
     * subtrees: no capability ever holds a right its parent lost, even if
     * the call never finishes (a stopped demote that narrowed the capability
     * its own lookup goes through fails when run again). */
    struct slot *current = slot;
    bool descending = true;
    if (demote_resume.root == slot && demote_resume.rights == rights &&
        demote_resume.epoch == slot_tree_epoch) {
        current = demote_resume.at;
        descending = demote_resume.descending;
    }
    demote_resume.root = 0;
    for (;;) {
        if (descending) {
            if (current->first_child)
                current = current->first_child;
            else
                descending = false;
        } else {
            current->capability.rights &= rights;
            object_type_demoted(&current->capability);
            if (current == slot)
                return true;
            if (current->next_sibling) {
                current = current->next_sibling;
                descending = true;
            } else {
                current = current->parent;
            }
        }
        if (preempt_point()) {
            demote_resume.root = slot;
            demote_resume.at = current;
            demote_resume.epoch = slot_tree_epoch;
            demote_resume.rights = rights;
            demote_resume.descending = descending;
            return false;
        }
    }
}

bool derivation_move(struct slot *destination, struct slot *source)
{
    if (slot_is_empty(destination)) {
        if (!source->first_child) {
            slot_move(destination, source);
            return true;
        }
        const struct capability target = {.type = CAPABILITY_TYPE_MOVE_TARGET};
        slot_insert(destination, &target, source);
    }
    for (;;) {
        struct slot *child = source->first_child;
        if (child == destination)
            child = destination->next_sibling;
        if (!child)
            break;
        slot_adopt(destination, child);
        if (preempt_point())
            return false;
    }
    slot_replace_parent(destination);
    return true;
}

/* The last child stays for derivation_delete to move in the same step as the
 * slot goes: a generic that still exists keeps a child, so its allocation
 * cursor keeps covering everything converted from it (generic.c), even the
 * objects already lifted to a parent that may not be a generic (or none). */
bool derivation_lift_children(struct slot *slot)
{
    while (slot->first_child && slot->first_child->next_sibling) {
        slot_lift_first_child(slot);
        if (preempt_point())
            return false;
    }
    return true;
}

bool derivation_revoke(struct slot *slot)
{
    while (slot->first_child) {
        struct slot *child = slot->first_child;
        if (child->first_child)
            slot_lift_first_child(child);
        else
            derivation_delete(child);
        if (preempt_point())
            return false;
    }
    return true;
}
