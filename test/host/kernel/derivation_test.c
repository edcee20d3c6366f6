/*
 * Host unit tests of derivation, deletion, revocation and object lifetime
 * (a9n/kernel/derivation.c, slot.c, object.c and node destruction) through
 * the capability call: rights only shrink, revoke removes every descendant
 * at any depth but not the slot itself, delete splices children up, deleting
 * the last capability to a node destroys it and everything it holds (nested
 * nodes too, iteratively), a node holding a capability to itself outlives
 * its external capabilities until its generic is revoked, and a generic's
 * memory is reused, zeroed, only when nothing converted from it is left.
 *
 * The fixture's generic is 64 KiB (bits 16) in root slot 2.
 *
 * Layer: host tests of the portable kernel core.
 */
#include "check.h"
#include "fixture.h"

#define GENERIC_BITS 16u
#define GENERIC_SIZE ((uint64_t)1 << GENERIC_BITS)

static const a9n_descriptor_t root = A9N_DESCRIPTOR_ROOT;

static a9n_descriptor_t slot_of(unsigned index)
{
    return fixture_root_slot(index);
}

static a9n_descriptor_t generic(void)
{
    return slot_of(FIXTURE_SLOT_GENERIC);
}

static struct node *node_in(struct slot *slot)
{
    return node_of(&slot->capability);
}

static uint64_t free_of(struct fixture *f)
{
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(fixture_get_info(f, generic(), results), A9N_OK);
    return results[1];
}

/* Whether `child` is on `parent`'s list of children, with consistent links. */
static bool is_child_of(const struct slot *child, const struct slot *parent)
{
    const struct slot *previous = 0;
    for (const struct slot *s = parent->first_child; s; previous = s, s = s->next_sibling) {
        if (s->parent != parent || s->previous_sibling != previous)
            return false;
        if (s == child)
            return true;
    }
    return false;
}

/* Number of descendants of `slot`, at any depth. */
static unsigned descendant_count(const struct slot *slot)
{
    unsigned count = 0;
    for (const struct slot *s = slot->first_child; s; s = s->next_sibling)
        count += 1 + descendant_count(s);
    return count;
}

static void test_rights_only_shrink(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    const a9n_descriptor_t self = slot_of(A9N_ROOT_SLOT_NODE);
    CHECK_EQ(fixture_copy(&f, root, slot_of(4), self, A9N_RIGHT_READ | A9N_RIGHT_WRITE), A9N_OK);
    CHECK_EQ(fixture_copy(&f, root, slot_of(5), slot_of(4), A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 5)->capability.rights, A9N_RIGHT_READ | A9N_RIGHT_WRITE);
    CHECK_EQ(fixture_mint(&f, root, slot_of(6), slot_of(5), A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, 0),
             A9N_OK);
    CHECK_EQ(fixture_slot(&f, 6)->capability.rights, A9N_RIGHT_WRITE);
    CHECK_EQ(fixture_demote(&f, root, slot_of(6), A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 6)->capability.rights, A9N_RIGHT_WRITE);
    CHECK_EQ(fixture_copy(&f, root, slot_of(7), slot_of(6), 0), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 7)->capability.rights, 0);
    CHECK_EQ(fixture_demote(&f, root, slot_of(7), A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 7)->capability.rights, 0);
    /* Demoting a capability that has children: rights must still only shrink along the
     * derivation tree, so no child may keep a right its parent lost. */
    CHECK_EQ(fixture_demote(&f, root, slot_of(4), A9N_RIGHT_READ), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 4)->capability.rights, A9N_RIGHT_READ);
    for (unsigned i = 5; i <= 7; i++) {
        const struct slot *slot = fixture_slot(&f, i);
        CHECK_EQ(slot->capability.rights & ~slot->parent->capability.rights, 0);
    }
    fixture_fini(&f);
}

/*
 * N (radix 2) in root slot 4 and M (radix 2) in N's slot 3. Derived from N's
 * capability: root slot 5, N's slot 0 (from slot 5), M's slot 1 (from N's
 * slot 0), M's slot 2 (from M's slot 1); root slot 6 (from slot 4) and root
 * slot 7 (from slot 6).
 */
static void tree_init(struct fixture *f)
{
    fixture_init(f, GENERIC_BITS);
    const a9n_descriptor_t n = slot_of(4), m = a9n_descriptor_child(n, 2, 3);
    CHECK_EQ(fixture_convert(f, generic(), A9N_OBJECT_NODE, 2, 1, root, 4), A9N_OK);
    CHECK_EQ(fixture_convert(f, generic(), A9N_OBJECT_NODE, 2, 1, n, 3), A9N_OK);
    CHECK_EQ(fixture_copy(f, root, slot_of(5), n, A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(fixture_copy(f, root, a9n_descriptor_child(n, 2, 0), slot_of(5), A9N_RIGHTS_ALL),
             A9N_OK);
    CHECK_EQ(fixture_copy(f, root, a9n_descriptor_child(m, 2, 1), a9n_descriptor_child(n, 2, 0),
                          A9N_RIGHTS_ALL),
             A9N_OK);
    CHECK_EQ(fixture_copy(f, root, a9n_descriptor_child(m, 2, 2), a9n_descriptor_child(m, 2, 1),
                          A9N_RIGHT_READ),
             A9N_OK);
    CHECK_EQ(fixture_copy(f, root, slot_of(6), n, A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(fixture_copy(f, root, slot_of(7), slot_of(6), A9N_RIGHTS_ALL), A9N_OK);
}

static void test_revoke_every_depth(void)
{
    struct fixture f;
    tree_init(&f);
    struct node *n = node_in(fixture_slot(&f, 4));
    struct node *m = node_in(&n->slots[3]);
    CHECK_EQ(n->header.reference_count, 7);
    CHECK_EQ(descendant_count(fixture_slot(&f, 4)), 6);
    /* Revoking root slot 5 removes its three descendants, in two nodes, but not slot 5. */
    CHECK_EQ(fixture_revoke(&f, root, slot_of(5)), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 5)->capability.type, A9N_OBJECT_NODE);
    CHECK_EQ(fixture_slot(&f, 5)->first_child, 0);
    CHECK(slot_is_empty(&n->slots[0]));
    CHECK(slot_is_empty(&m->slots[1]));
    CHECK(slot_is_empty(&m->slots[2]));
    CHECK_EQ(n->header.reference_count, 4);
    CHECK(is_child_of(fixture_slot(&f, 7), fixture_slot(&f, 6)));
    /* Revoking N's original capability leaves only it. */
    CHECK_EQ(fixture_revoke(&f, root, slot_of(4)), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 4)->first_child, 0);
    for (unsigned i = 5; i <= 7; i++)
        CHECK(slot_is_empty(fixture_slot(&f, i)));
    CHECK_EQ(n->header.reference_count, 1);
    /* M lives on, held in N. */
    CHECK_EQ(m->header.reference_count, 1);
    CHECK_EQ(n->slots[3].capability.type, A9N_OBJECT_NODE);
    fixture_fini(&f);
}

static void test_delete_splices_children(void)
{
    struct fixture f;
    tree_init(&f);
    struct node *n = node_in(fixture_slot(&f, 4));
    struct node *m = node_in(&n->slots[3]);
    /* Delete N's slot 0, between root slot 5 and M's slot 1. */
    CHECK_EQ(fixture_delete(&f, root, a9n_descriptor_child(slot_of(4), 2, 0)), A9N_OK);
    CHECK(slot_is_empty(&n->slots[0]));
    CHECK_EQ(n->slots[0].parent, 0);
    CHECK_EQ(n->slots[0].first_child, 0);
    CHECK(is_child_of(&m->slots[1], fixture_slot(&f, 5)));
    CHECK(is_child_of(&m->slots[2], &m->slots[1]));
    /* Delete root slot 6, one of several children of slot 4: slot 7 takes its place. */
    CHECK_EQ(fixture_delete(&f, root, slot_of(6)), A9N_OK);
    CHECK(is_child_of(fixture_slot(&f, 7), fixture_slot(&f, 4)));
    CHECK(is_child_of(fixture_slot(&f, 5), fixture_slot(&f, 4)));
    CHECK_EQ(descendant_count(fixture_slot(&f, 4)), 4);
    /* Deleting a root of the tree (the generic) makes its children roots. */
    CHECK_EQ(fixture_delete(&f, root, generic()), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 4)->parent, 0);
    CHECK_EQ(n->slots[3].parent, 0);
    CHECK_EQ(n->header.reference_count, 5);
    fixture_fini(&f);
}

static void test_delete_last_destroys_node(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    const a9n_descriptor_t n = slot_of(4), m = a9n_descriptor_child(n, 2, 3);
    uint32_t root_references = f.root->header.reference_count;
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, root, 4), A9N_OK);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, n, 3), A9N_OK);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, 12, 1, n, 2), A9N_OK);
    CHECK_EQ(fixture_copy(&f, root, a9n_descriptor_child(n, 2, 0), slot_of(A9N_ROOT_SLOT_NODE),
                          A9N_RIGHTS_ALL),
             A9N_OK);
    CHECK_EQ(fixture_copy(&f, root, a9n_descriptor_child(m, 2, 0), slot_of(A9N_ROOT_SLOT_NODE),
                          A9N_RIGHT_READ),
             A9N_OK);
    CHECK_EQ(fixture_copy(&f, root, a9n_descriptor_child(m, 2, 1), n, A9N_RIGHT_READ), A9N_OK);
    CHECK_EQ(f.root->header.reference_count, root_references + 2);
    struct node *nn = node_in(fixture_slot(&f, 4));
    struct node *mn = node_in(&nn->slots[3]);
    /* N has two capabilities (root slot 4, M's slot 1): deleting one keeps it. */
    CHECK_EQ(fixture_delete(&f, m, A9N_DESCRIPTOR(1, 2)), A9N_OK);
    CHECK_EQ(nn->header.reference_count, 1);
    CHECK_EQ(nn->slots[0].capability.type, A9N_OBJECT_NODE);
    /* The last one: N goes, and with it M and everything both held. */
    CHECK_EQ(fixture_delete(&f, root, n), A9N_OK);
    CHECK_EQ(nn->header.reference_count, 0);
    CHECK_EQ(mn->header.reference_count, 0);
    for (unsigned i = 0; i < 4; i++) {
        CHECK(slot_is_empty(&nn->slots[i]));
        CHECK(slot_is_empty(&mn->slots[i]));
    }
    CHECK_EQ(f.root->header.reference_count, root_references);
    CHECK_EQ(fixture_slot(&f, FIXTURE_SLOT_GENERIC)->first_child, 0);
    CHECK_EQ(free_of(&f), GENERIC_SIZE);
    fixture_fini(&f);
}

/* A chain of nodes, each held only by the one before: deleting its head destroys all of it
 * without recursion (a recursive teardown this deep would show in ASan's stack use). */
static void test_destroy_long_chain(void)
{
    enum { CHAIN = 300 };
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    struct node *nodes[CHAIN];
    for (unsigned i = 0; i < CHAIN; i++) {
        CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, root, 5), A9N_OK);
        nodes[i] = node_in(fixture_slot(&f, 5));
        if (i > 0)
            CHECK_EQ(fixture_move(&f, root, a9n_descriptor_child(slot_of(5), 1, 0), slot_of(4)),
                     A9N_OK);
        CHECK_EQ(fixture_move(&f, root, slot_of(4), slot_of(5)), A9N_OK);
    }
    CHECK_EQ(free_of(&f), GENERIC_SIZE - CHAIN * node_size(1));
    CHECK_EQ(fixture_delete(&f, root, slot_of(4)), A9N_OK);
    unsigned live = 0;
    for (unsigned i = 0; i < CHAIN; i++)
        live += nodes[i]->header.reference_count != 0 || !slot_is_empty(&nodes[i]->slots[0]);
    CHECK_EQ(live, 0);
    CHECK_EQ(free_of(&f), GENERIC_SIZE);
    fixture_fini(&f);
}

static void test_self_reference(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    const a9n_descriptor_t n = slot_of(4);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, root, 4), A9N_OK);
    struct node *nn = node_in(fixture_slot(&f, 4));
    CHECK_EQ(fixture_copy(&f, root, a9n_descriptor_child(n, 2, 1), n, A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(fixture_copy(&f, root, a9n_descriptor_child(n, 2, 2), slot_of(A9N_ROOT_SLOT_NODE),
                          A9N_RIGHT_READ),
             A9N_OK);
    uint32_t root_references = f.root->header.reference_count;
    uint64_t free_before = free_of(&f);
    /* Its only external capability goes; it holds itself, so it lives on, unreachable. */
    CHECK_EQ(fixture_delete(&f, root, n), A9N_OK);
    CHECK_EQ(nn->header.reference_count, 1);
    CHECK_EQ(nn->slots[1].capability.type, A9N_OBJECT_NODE);
    CHECK(node_in(&nn->slots[1]) == nn);
    CHECK(is_child_of(&nn->slots[1], fixture_slot(&f, FIXTURE_SLOT_GENERIC)));
    CHECK_EQ(f.root->header.reference_count, root_references);
    /* Its memory stays taken. */
    CHECK_EQ(free_of(&f), free_before);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, root, 4), A9N_OK);
    CHECK(node_in(fixture_slot(&f, 4)) != nn);
    CHECK_EQ(fixture_delete(&f, root, n), A9N_OK);
    /* Revoking the generic destroys it, and what it held. */
    CHECK_EQ(fixture_revoke(&f, root, generic()), A9N_OK);
    CHECK_EQ(nn->header.reference_count, 0);
    CHECK(slot_is_empty(&nn->slots[1]));
    CHECK(slot_is_empty(&nn->slots[2]));
    CHECK_EQ(f.root->header.reference_count, root_references - 1);
    CHECK_EQ(free_of(&f), GENERIC_SIZE);
    fixture_fini(&f);
}

/* The generic moved into a node converted from it, then revoked through that node. */
static void test_revoke_generic_held_in_its_node(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    const a9n_descriptor_t n = slot_of(4);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, root, 4), A9N_OK);
    struct node *nn = node_in(fixture_slot(&f, 4));
    CHECK_EQ(fixture_move(&f, root, a9n_descriptor_child(n, 2, 0), generic()), A9N_OK);
    CHECK_EQ(fixture_revoke(&f, root, a9n_descriptor_child(n, 2, 0)), A9N_OK);
    /* Root slot 4 was the generic's child: gone, so N died, and the generic with it. */
    CHECK(slot_is_empty(fixture_slot(&f, 4)));
    CHECK_EQ(nn->header.reference_count, 0);
    CHECK(slot_is_empty(&nn->slots[0]));
    fixture_fini(&f);
}

static void test_reuse_after_revoke(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    const a9n_descriptor_t a = slot_of(4);
    uint64_t base = (uint64_t)(uintptr_t)f.generic_memory;
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 3, 2, root, 4), A9N_OK);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, 12, 1, a, 7), A9N_OK);
    CHECK_EQ(fixture_convert(&f, a9n_descriptor_child(a, 3, 7), A9N_OBJECT_NODE, 2, 1, a, 6),
             A9N_OK);
    CHECK_EQ(fixture_copy(&f, root, a9n_descriptor_child(a, 3, 0), slot_of(5), A9N_RIGHTS_ALL),
             A9N_OK);
    CHECK_EQ(fixture_copy(&f, root, slot_of(6), a, A9N_RIGHT_READ), A9N_OK);
    struct node *old = node_in(fixture_slot(&f, 4));
    CHECK_EQ((uint64_t)(uintptr_t)old, base);
    CHECK(!slot_is_empty(&old->slots[0]));
    CHECK_EQ(fixture_revoke(&f, root, generic()), A9N_OK);
    for (unsigned i = 4; i <= 6; i++)
        CHECK(slot_is_empty(fixture_slot(&f, i)));
    CHECK_EQ(fixture_slot(&f, FIXTURE_SLOT_GENERIC)->first_child, 0);
    CHECK_EQ(free_of(&f), GENERIC_SIZE);
    /* Converting again starts at offset 0, with zeroed objects. */
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, root, 9), A9N_OK);
    struct node *fresh = node_in(fixture_slot(&f, 9));
    CHECK_EQ((uint64_t)(uintptr_t)fresh, base);
    CHECK_EQ(fresh->header.reference_count, 1);
    for (unsigned i = 0; i < 4; i++)
        CHECK(slot_is_empty(&fresh->slots[i]) && fresh->slots[i].parent == 0 &&
              fresh->slots[i].first_child == 0 && fresh->slots[i].next_sibling == 0);
    CHECK_EQ(free_of(&f), GENERIC_SIZE - node_size(2));
    fixture_fini(&f);
}

static void test_cursor_never_goes_back(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    uint64_t base = (uint64_t)(uintptr_t)f.generic_memory, size = node_size(2);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 2, root, 4), A9N_OK);
    /* A's capability has a copy; deleting the original keeps A alive through it. */
    CHECK_EQ(fixture_copy(&f, root, slot_of(6), slot_of(4), A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(fixture_delete(&f, root, slot_of(4)), A9N_OK);
    CHECK(is_child_of(fixture_slot(&f, 6), fixture_slot(&f, FIXTURE_SLOT_GENERIC)));
    CHECK_EQ(fixture_delete(&f, root, slot_of(5)), A9N_OK);
    CHECK_EQ(free_of(&f), GENERIC_SIZE - 2 * size);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, root, 4), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 4)->capability.object, base + 2 * size);
    /* A child generic with a node of its own; deleting the child generic keeps the node, now the
     * parent's child, and the cursor with it. */
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, 12, 1, root, 7), A9N_OK);
    CHECK_EQ(fixture_convert(&f, slot_of(7), A9N_OBJECT_NODE, 1, 1, root, 8), A9N_OK);
    CHECK_EQ(fixture_delete(&f, root, slot_of(7)), A9N_OK);
    CHECK(is_child_of(fixture_slot(&f, 8), fixture_slot(&f, FIXTURE_SLOT_GENERIC)));
    CHECK_EQ(fixture_delete(&f, root, slot_of(6)), A9N_OK);
    CHECK_EQ(fixture_delete(&f, root, slot_of(4)), A9N_OK);
    CHECK_EQ(free_of(&f), GENERIC_SIZE - 8192);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, root, 4), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 4)->capability.object, base + 8192);
    /* Only when the last object goes does the memory come back. */
    CHECK_EQ(fixture_delete(&f, root, slot_of(4)), A9N_OK);
    CHECK_EQ(free_of(&f), GENERIC_SIZE - 8192 - size);
    CHECK_EQ(fixture_delete(&f, root, slot_of(8)), A9N_OK);
    CHECK_EQ(free_of(&f), GENERIC_SIZE);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 1, root, 4), A9N_OK);
    CHECK_EQ(fixture_slot(&f, 4)->capability.object, base);
    fixture_fini(&f);
}

int main(void)
{
    test_rights_only_shrink();
    test_revoke_every_depth();
    test_delete_splices_children();
    test_delete_last_destroys_node();
    test_destroy_long_chain();
    test_self_reference();
    test_revoke_generic_held_in_its_node();
    test_reuse_after_revoke();
    test_cursor_never_goes_back();
    return check_summary();
}
