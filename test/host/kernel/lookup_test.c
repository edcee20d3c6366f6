/*
 * Host unit tests of descriptor lookup (a9n/kernel/lookup.c): every error a
 * descriptor can cause, nested nodes of different radices, depth 0 naming the
 * start node, and the rights of the node a slot is reached through; each
 * also through a capability call, as user code sees it.
 *
 * The space used: root (radix 4) slot 4 holds node A (radix 3), whose slot 2
 * holds node B (radix 5); root slot 2 holds the generic.
 *
 * Layer: host tests of the portable kernel core.
 */
#include "check.h"
#include "fixture.h"

#include <kernel/lookup.h>

#define A_RADIX 3u
#define B_RADIX 5u
#define A_SLOT  4u /* in the root */
#define B_SLOT  2u /* in A */

static const a9n_descriptor_t a_descriptor = A9N_DESCRIPTOR(A_SLOT, FIXTURE_ROOT_RADIX);
static const a9n_descriptor_t b_descriptor =
    A9N_DESCRIPTOR(A_SLOT << A_RADIX | B_SLOT, FIXTURE_ROOT_RADIX + A_RADIX);

/* The descriptor of slot `index` of B, from the root. */
static a9n_descriptor_t b_slot(uint64_t index)
{
    return a9n_descriptor_child(b_descriptor, B_RADIX, index);
}

static void nested_init(struct fixture *f)
{
    fixture_init(f, 16);
    CHECK_EQ(fixture_convert(f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_OBJECT_NODE, A_RADIX,
                             1, A9N_DESCRIPTOR_ROOT, A_SLOT),
             A9N_OK);
    CHECK_EQ(fixture_convert(f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_OBJECT_NODE, B_RADIX,
                             1, a_descriptor, B_SLOT),
             A9N_OK);
}

static struct node *node_in(struct slot *slot)
{
    return node_of(&slot->capability);
}

static enum a9n_error lookup(struct fixture *f, a9n_descriptor_t descriptor, bool allow_start,
                             struct lookup_result *result)
{
    return lookup_slot(&f->thread.cspace_root, descriptor, allow_start, result);
}

/* Inspect slot `descriptor` of the root node through a capability call. */
static enum a9n_error inspect(struct fixture *f, a9n_descriptor_t descriptor)
{
    uint64_t results[A9N_MESSAGE_REGISTERS];
    return fixture_inspect(f, A9N_DESCRIPTOR_ROOT, descriptor, results);
}

static void test_malformed(void)
{
    struct fixture f;
    nested_init(&f);
    struct lookup_result result;
    const a9n_descriptor_t malformed[] = {
        A9N_DESCRIPTOR(0, 57),
        A9N_DESCRIPTOR(A_SLOT, 255),
        A9N_DESCRIPTOR_INVALID,
        A9N_DESCRIPTOR(1u << FIXTURE_ROOT_RADIX | A_SLOT, FIXTURE_ROOT_RADIX), /* bit at depth */
        A9N_DESCRIPTOR((uint64_t)1 << 55 | A_SLOT, FIXTURE_ROOT_RADIX),        /* top path bit */
        A9N_DESCRIPTOR(1, 0),
    };
    for (size_t i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++) {
        CHECK_EQ(lookup(&f, malformed[i], true, &result), A9N_ERROR_MALFORMED_DESCRIPTOR);
        CHECK_EQ(inspect(&f, malformed[i]), A9N_ERROR_MALFORMED_DESCRIPTOR);
        CHECK_EQ(fixture_call(&f, malformed[i], A9N_NODE_INSPECT, FIXTURE_MR(a_descriptor), 0),
                 A9N_ERROR_MALFORMED_DESCRIPTOR);
    }
    /* Depth 56 is the deepest well-formed descriptor: here it fails on the empty root slot 15. */
    CHECK_EQ(lookup(&f, A9N_DESCRIPTOR(A9N_DESCRIPTOR_PATH_MASK, 56), true, &result),
             A9N_ERROR_EMPTY_SLOT);
    fixture_fini(&f);
}

static void test_invalid_depth(void)
{
    struct fixture f;
    nested_init(&f);
    struct lookup_result result;
    /* Ends inside the root's index bits, and inside A's. */
    CHECK_EQ(lookup(&f, A9N_DESCRIPTOR(1, 1), true, &result), A9N_ERROR_INVALID_DEPTH);
    CHECK_EQ(lookup(&f, A9N_DESCRIPTOR(A_SLOT, FIXTURE_ROOT_RADIX - 1), true, &result),
             A9N_ERROR_INVALID_DEPTH);
    CHECK_EQ(lookup(&f, A9N_DESCRIPTOR(A_SLOT << 2 | 1, FIXTURE_ROOT_RADIX + 2), true, &result),
             A9N_ERROR_INVALID_DEPTH);
    /* Ends inside B's index bits. */
    CHECK_EQ(lookup(&f, A9N_DESCRIPTOR(b_descriptor << 4 | 3, FIXTURE_ROOT_RADIX + A_RADIX + 4),
                    true, &result),
             A9N_ERROR_INVALID_DEPTH);
    /* Depth 0 where a slot is needed. */
    CHECK_EQ(lookup(&f, A9N_DESCRIPTOR_ROOT, false, &result), A9N_ERROR_INVALID_DEPTH);
    CHECK_EQ(inspect(&f, A9N_DESCRIPTOR_ROOT), A9N_ERROR_INVALID_DEPTH);
    CHECK_EQ(inspect(&f, A9N_DESCRIPTOR(1, 1)), A9N_ERROR_INVALID_DEPTH);
    CHECK_EQ(fixture_call(&f, A9N_DESCRIPTOR(1, 1), A9N_NODE_INSPECT, FIXTURE_MR(a_descriptor), 0),
             A9N_ERROR_INVALID_DEPTH);
    fixture_fini(&f);
}

static void test_empty_slot_on_path(void)
{
    struct fixture f;
    nested_init(&f);
    struct lookup_result result;
    a9n_descriptor_t through_empty = a9n_descriptor_child(fixture_root_slot(5), 3, 1);
    CHECK_EQ(lookup(&f, through_empty, true, &result), A9N_ERROR_EMPTY_SLOT);
    CHECK_EQ(inspect(&f, through_empty), A9N_ERROR_EMPTY_SLOT);
    /* An empty slot deeper down: A's slot 0. */
    a9n_descriptor_t deep =
        a9n_descriptor_child(a9n_descriptor_child(a_descriptor, A_RADIX, 0), B_RADIX, 0);
    CHECK_EQ(lookup(&f, deep, true, &result), A9N_ERROR_EMPTY_SLOT);
    /* The named slot itself may be empty: the lookup succeeds. */
    CHECK_EQ(lookup(&f, b_slot(9), true, &result), A9N_OK);
    CHECK(result.slot == &node_in(&node_in(fixture_slot(&f, A_SLOT))->slots[B_SLOT])->slots[9]);
    CHECK(slot_is_empty(result.slot));
    /* A capability call on an empty target. */
    CHECK_EQ(fixture_call(&f, b_slot(9), A9N_NODE_INSPECT, FIXTURE_MR(b_slot(0)), 0),
             A9N_ERROR_EMPTY_SLOT);
    fixture_fini(&f);
}

static void test_not_a_node_on_path(void)
{
    struct fixture f;
    nested_init(&f);
    struct lookup_result result;
    a9n_descriptor_t through_generic =
        a9n_descriptor_child(fixture_root_slot(FIXTURE_SLOT_GENERIC), 4, 1);
    CHECK_EQ(lookup(&f, through_generic, true, &result), A9N_ERROR_NOT_A_NODE);
    CHECK_EQ(inspect(&f, through_generic), A9N_ERROR_NOT_A_NODE);
    /* A start slot that is not a node, for any depth but 0. */
    struct slot *generic = fixture_slot(&f, FIXTURE_SLOT_GENERIC);
    CHECK_EQ(lookup_slot(generic, A9N_DESCRIPTOR(0, 1), false, &result), A9N_ERROR_NOT_A_NODE);
    CHECK_EQ(lookup_slot(generic, A9N_DESCRIPTOR_ROOT, true, &result), A9N_OK);
    CHECK(result.slot == generic);
    /* A node operation's slot arguments start at the target, which must be a node. */
    CHECK_EQ(fixture_call(&f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_NODE_INSPECT,
                          FIXTURE_MR(fixture_root_slot(0)), 0),
             A9N_ERROR_WRONG_TYPE);
    fixture_fini(&f);
}

static void test_nested_radices(void)
{
    struct fixture f;
    nested_init(&f);
    struct lookup_result result;
    struct node *a = node_in(fixture_slot(&f, A_SLOT));
    struct node *b = node_in(&a->slots[B_SLOT]);
    CHECK_EQ(a->radix, A_RADIX);
    CHECK_EQ(b->radix, B_RADIX);
    CHECK_EQ(lookup(&f, a_descriptor, true, &result), A9N_OK);
    CHECK(result.slot == fixture_slot(&f, A_SLOT));
    CHECK_EQ(lookup(&f, b_descriptor, true, &result), A9N_OK);
    CHECK(result.slot == &a->slots[B_SLOT]);
    for (uint64_t i = 0; i < node_slot_count(b); i += 7) {
        CHECK_EQ(lookup(&f, b_slot(i), true, &result), A9N_OK);
        CHECK(result.slot == &b->slots[i]);
    }
    CHECK_EQ(lookup(&f, b_slot(31), true, &result), A9N_OK);
    CHECK(result.slot == &b->slots[31]);
    /* Through a capability call: B itself as a target, its slots relative to it. */
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(fixture_copy(&f, b_descriptor, A9N_DESCRIPTOR(31, B_RADIX), A9N_DESCRIPTOR_ROOT,
                          A9N_RIGHTS_ALL),
             A9N_ERROR_INVALID_DEPTH);
    CHECK_EQ(fixture_copy(&f, A9N_DESCRIPTOR_ROOT, b_slot(31), fixture_root_slot(A_SLOT),
                          A9N_RIGHT_READ),
             A9N_OK);
    CHECK_EQ(fixture_inspect(&f, b_descriptor, A9N_DESCRIPTOR(31, B_RADIX), results), A9N_OK);
    CHECK_EQ(results[0], A9N_OBJECT_NODE);
    CHECK_EQ(results[1], A9N_RIGHT_READ);
    /* B's slot 31 now holds A: a path can go round through it. */
    a9n_descriptor_t round = a9n_descriptor_child(b_slot(31), A_RADIX, B_SLOT);
    CHECK_EQ(lookup(&f, round, true, &result), A9N_OK);
    CHECK(result.slot == &a->slots[B_SLOT]);
    CHECK_EQ(result.node_rights, A9N_RIGHT_READ);
    fixture_fini(&f);
}

static void test_depth_zero_is_root(void)
{
    struct fixture f;
    nested_init(&f);
    struct lookup_result result;
    CHECK_EQ(lookup(&f, A9N_DESCRIPTOR_ROOT, true, &result), A9N_OK);
    CHECK(result.slot == &f.thread.cspace_root);
    CHECK_EQ(result.node_rights, A9N_RIGHTS_ALL);
    /* Depth 0 as a capability-call target names the root node itself. */
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(
        fixture_inspect(&f, A9N_DESCRIPTOR_ROOT, fixture_root_slot(A9N_ROOT_SLOT_NODE), results),
        A9N_OK);
    CHECK_EQ(results[0], A9N_OBJECT_NODE);
    fixture_fini(&f);
}

static void test_node_rights_of_path(void)
{
    struct fixture f;
    nested_init(&f);
    struct lookup_result result;
    /* Demote the capability to B held in A: B's slots are now reached with READ only. */
    CHECK_EQ(fixture_demote(&f, A9N_DESCRIPTOR_ROOT, b_descriptor, A9N_RIGHT_READ), A9N_OK);
    CHECK_EQ(lookup(&f, b_slot(3), true, &result), A9N_OK);
    CHECK_EQ(result.node_rights, A9N_RIGHT_READ);
    /* The slot holding B sits in A, reached with all rights. */
    CHECK_EQ(lookup(&f, b_descriptor, true, &result), A9N_OK);
    CHECK_EQ(result.node_rights, A9N_RIGHTS_ALL);
    fixture_fini(&f);
}

int main(void)
{
    test_malformed();
    test_invalid_depth();
    test_empty_slot_on_path();
    test_not_a_node_on_path();
    test_nested_radices();
    test_depth_zero_is_root();
    test_node_rights_of_path();
    return check_summary();
}
