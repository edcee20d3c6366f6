/*
 * Deriving, deleting and revoking capabilities (portable core); see
 * include/kernel/derivation.h.
 *
 * Revoke deletes leaves first: it walks down first children to a slot with
 * none and deletes that one, until the revoked slot has no children. So
 * delete never has children to splice, nothing recurses, and the revoked
 * slot itself cannot vanish meanwhile, because dead nodes are only destroyed
 * by object_reap() afterwards.
 */
#include <kernel/derivation.h>
#include <kernel/object.h>
#include <kernel/object_types.h>

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
    object_type_finalize(&capability);
    slot_clear(slot);
    object_release(&capability);
}

void derivation_demote(struct slot *slot, uint8_t rights)
{
    /* Pre-order walk of the subtree along its links: no recursion, no stack. */
    struct slot *current = slot;
    for (;;) {
        current->capability.rights &= rights;
        object_type_demoted(&current->capability);
        if (current->first_child) {
            current = current->first_child;
            continue;
        }
        while (current != slot && !current->next_sibling)
            current = current->parent;
        if (current == slot)
            return;
        current = current->next_sibling;
    }
}

void derivation_revoke(struct slot *slot)
{
    while (slot->first_child) {
        struct slot *leaf = slot->first_child;
        while (leaf->first_child)
            leaf = leaf->first_child;
        derivation_delete(leaf);
    }
}
