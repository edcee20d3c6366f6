/*
 * Capability-suite tests of generic memory: conversion, its atomicity and
 * errors, child generics, and reuse of memory once nothing is left of it.
 */
#include "fixture.h"
#include "tests.h"

#include <guest_test.h>

void test_convert_nodes(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 4, 4, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    for (unsigned n = 0; n < 4; n++) {
        GUEST_CHECK_EQ(slot_type(scratch(n)), A9N_OBJECT_NODE);
        GUEST_CHECK_EQ(slot_rights(scratch(n)), A9N_RIGHTS_ALL);
    }
    GUEST_CHECK_EQ(slot_type(scratch(4)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size - 4 * node_bytes(4));
    /* A converted node is empty: every one of its slots. */
    unsigned empty = 0;
    for (unsigned i = 0; i < 16; i++)
        empty += slot_type(a9n_descriptor_child(scratch(3), 4, i)) == A9N_OBJECT_NONE;
    GUEST_CHECK_EQ(empty, 16);
    fixture_end();
}

void test_convert_is_atomic(void)
{
    fixture_begin();
    a9n_descriptor_t root = root_slot(A9N_ROOT_SLOT_NODE);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(2), root, A9N_RIGHTS_ALL), A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 4, 4, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_ERROR_SLOT_OCCUPIED);
    GUEST_CHECK_EQ(slot_type(scratch(0)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size);
    /* Past the end of the node, and an index + count that wraps around. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 4,
                                       FIXTURE_SCRATCH_COUNT + 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_ERROR_INDEX_OUT_OF_RANGE);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 4, 2, A9N_DESCRIPTOR_ROOT,
                                       ~UINT64_C(0), 0),
                   A9N_ERROR_INDEX_OUT_OF_RANGE);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 4, ~UINT64_C(0),
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch, 0),
                   A9N_ERROR_INDEX_OUT_OF_RANGE);
    GUEST_CHECK_EQ(slot_type(scratch(0)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size);
    fixture_end();
}

void test_convert_errors(void)
{
    fixture_begin();
    a9n_descriptor_t g = fixture_generic;
    a9n_descriptor_t root = A9N_DESCRIPTOR_ROOT;
    unsigned s = fixture_scratch;
    GUEST_CHECK_EQ(a9n_generic_convert(g, (enum a9n_object_type)99, 4, 1, root, s,
                                       root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NONE, 4, 1, root, s, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, 0, 1, root, s, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, A9N_NODE_MAX_RADIX + 1, 1, root, s, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(
        a9n_generic_convert(g, A9N_OBJECT_GENERIC, A9N_GENERIC_MIN_BITS - 1, 1, root, s, 0),
        A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(
        a9n_generic_convert(g, A9N_OBJECT_GENERIC, A9N_GENERIC_MAX_BITS + 1, 1, root, s, 0),
        A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, 4, 0, root, s, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    /* More than the generic holds. */
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_GENERIC, A9N_GENERIC_MAX_BITS, 1, root, s, 0),
                   A9N_ERROR_NOT_ENOUGH_MEMORY);
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, A9N_NODE_MAX_RADIX, 30, root, s, 0),
                   A9N_ERROR_NOT_ENOUGH_MEMORY);
    /* Destinations that are not a writable node. */
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, 4, 1, scratch(0), 0, 0),
                   A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, 4, 1, g, 0, 0), A9N_ERROR_NOT_A_NODE);
    GUEST_CHECK_EQ(a9n_node_copy(root, scratch(0), root_slot(A9N_ROOT_SLOT_NODE), A9N_RIGHT_READ),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, 4, 1, scratch(0), s + 1, 0),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, 4, 1, A9N_DESCRIPTOR(0, 57), s, 0),
                   A9N_ERROR_MALFORMED_DESCRIPTOR);
    GUEST_CHECK_EQ(generic_free(g), fixture_generic_size);
    fixture_end();
}

void test_child_generics(void)
{
    fixture_begin();
    unsigned bits = 16;
    /* Take a node first, so the children must be aligned past it. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 1, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_GENERIC, bits, 2,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + 1, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size - (UINT64_C(3) << bits));
    uint64_t size = 0, free = 0;
    GUEST_CHECK_EQ(a9n_generic_get_info(scratch(1), &size, &free, 0), A9N_OK);
    GUEST_CHECK_EQ(size, UINT64_C(1) << bits);
    GUEST_CHECK_EQ(free, UINT64_C(1) << bits);
    /* A child converts on its own account. */
    GUEST_CHECK_EQ(a9n_generic_convert(scratch(2), A9N_OBJECT_NODE, 8, 3, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch + 3, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(generic_free(scratch(2)), (UINT64_C(1) << bits) - 3 * node_bytes(8));
    GUEST_CHECK_EQ(a9n_generic_convert(scratch(2), A9N_OBJECT_NODE, 10, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch + 6, 0),
                   A9N_ERROR_NOT_ENOUGH_MEMORY);
    /* A child with a read-only right can report but not convert. */
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(1), A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(scratch(1), A9N_OBJECT_NODE, 2, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch + 6, 0),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(generic_free(scratch(1)), UINT64_C(1) << bits);
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(1), 0), A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_get_info(scratch(1), 0, 0, 0), A9N_ERROR_INSUFFICIENT_RIGHTS);
    fixture_end();
    for (unsigned n = 0; n < 6; n++)
        GUEST_CHECK_EQ(slot_type(scratch(n)), A9N_OBJECT_NONE);
}

void test_memory_is_reused_only_when_free(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 6, 8, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    uint64_t after_first = generic_free(fixture_generic);
    /* Deleting some objects gives nothing back while others remain. */
    for (unsigned n = 0; n < 7; n++)
        GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(n)), A9N_OK);
    GUEST_CHECK_EQ(generic_free(fixture_generic), after_first);
    /* Deleting the last one makes the whole generic free again. */
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(7)), A9N_OK);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size);
    /* Converting again starts from the beginning, and the new node is empty although
     * the old one at the same place was used. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 6, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, a9n_descriptor_child(scratch(0), 6, 9),
                                 root_slot(A9N_ROOT_SLOT_NODE), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, fixture_generic), A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 6, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size - node_bytes(6));
    GUEST_CHECK_EQ(slot_type(a9n_descriptor_child(scratch(0), 6, 9)), A9N_OBJECT_NONE);
    fixture_end();
}
