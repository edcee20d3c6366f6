/*
 * Slots and the derivation tree (portable core); see include/kernel/capability.h.
 * Every function here is constant time except slot_clear and slot_move, which
 * touch each child of the slot once; operations that may meet a slot with
 * many children lift or adopt them one by one first (derivation_lift_children,
 * derivation_move).
 */
#include <kernel/capability.h>

uint64_t slot_tree_epoch;

static void unlink_from_siblings(struct slot *slot)
{
    if (slot->previous_sibling)
        slot->previous_sibling->next_sibling = slot->next_sibling;
    else if (slot->parent)
        slot->parent->first_child = slot->next_sibling;
    if (slot->next_sibling)
        slot->next_sibling->previous_sibling = slot->previous_sibling;
    slot->next_sibling = 0;
    slot->previous_sibling = 0;
}

static void link_as_child(struct slot *slot, struct slot *parent)
{
    slot->parent = parent;
    slot->previous_sibling = 0;
    slot->next_sibling = 0;
    if (!parent)
        return;
    slot->next_sibling = parent->first_child;
    if (parent->first_child)
        parent->first_child->previous_sibling = slot;
    parent->first_child = slot;
}

void slot_insert(struct slot *slot, const struct capability *capability, struct slot *parent)
{
    slot->capability = *capability;
    slot->first_child = 0;
    link_as_child(slot, parent);
}

void slot_clear(struct slot *slot)
{
    slot_tree_epoch++;
    unlink_from_siblings(slot);
    struct slot *child = slot->first_child;
    while (child) {
        struct slot *next = child->next_sibling;
        link_as_child(child, slot->parent);
        child = next;
    }
    *slot = (struct slot){0};
}

void slot_lift_first_child(struct slot *slot)
{
    struct slot *child = slot->first_child;
    slot_tree_epoch++;
    unlink_from_siblings(child);
    link_as_child(child, slot->parent);
}

void slot_adopt(struct slot *parent, struct slot *child)
{
    slot_tree_epoch++;
    unlink_from_siblings(child);
    link_as_child(child, parent);
}

/* Link `slot` into the tree where `place` is (same parent, same siblings). */
static void take_place(struct slot *slot, const struct slot *place)
{
    slot->parent = place->parent;
    slot->previous_sibling = place->previous_sibling;
    slot->next_sibling = place->next_sibling;
    if (place->previous_sibling)
        place->previous_sibling->next_sibling = slot;
    else if (place->parent)
        place->parent->first_child = slot;
    if (place->next_sibling)
        place->next_sibling->previous_sibling = slot;
}

void slot_replace_parent(struct slot *child)
{
    struct slot *parent = child->parent;
    slot_tree_epoch++;
    unlink_from_siblings(child);
    child->capability = parent->capability;
    child->reserved = parent->reserved;
    take_place(child, parent);
    *parent = (struct slot){0};
}

void slot_move(struct slot *destination, struct slot *source)
{
    slot_tree_epoch++;
    destination->capability = source->capability;
    destination->first_child = source->first_child;
    destination->reserved = source->reserved;
    take_place(destination, source);
    for (struct slot *child = source->first_child; child; child = child->next_sibling)
        child->parent = destination;
    *source = (struct slot){0};
}
