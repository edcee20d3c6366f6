/*
 * Capability-suite tests of the root capability space, descriptor lookup and
 * the node operations, through real kernel calls.
 */
#include "fixture.h"
#include "tests.h"

#include <guest_test.h>
#include <koito/boot.h>

void test_root_info(void)
{
    fixture_begin();
    const struct a9n_root_info *info = koito_root_info();
    GUEST_CHECK_EQ(info->version, A9N_ROOT_INFO_VERSION);
    GUEST_CHECK(info->node_radix >= 8);
    GUEST_CHECK(info->generic_count > 0);
    const struct a9n_root_generic *generics = a9n_root_info_generics(info);
    uint64_t total = 0;
    for (unsigned i = 0; i < info->generic_count; i++) {
        a9n_descriptor_t slot = root_slot(generics[i].slot);
        GUEST_CHECK_EQ(generics[i].slot, A9N_ROOT_SLOT_FIRST_GENERIC + i);
        GUEST_CHECK_EQ(slot_type(slot), A9N_OBJECT_GENERIC);
        GUEST_CHECK_EQ(slot_rights(slot), A9N_RIGHTS_ALL);
        uint64_t size = 0, free = 0, flags = 1;
        GUEST_CHECK_EQ(a9n_generic_get_info(slot, &size, &free, &flags), A9N_OK);
        GUEST_CHECK_EQ(size, UINT64_C(1) << generics[i].size_bits);
        GUEST_CHECK_EQ(flags, 0);
        /* Reclaimable memory converts nothing while the boot mappings in it exist. */
        GUEST_CHECK_EQ(free, generics[i].flags & A9N_ROOT_GENERIC_RECLAIMABLE ? 0 : size);
        total += size;
    }
    GUEST_CHECK_EQ(total, info->generic_bytes);
    GUEST_CHECK(total >= UINT64_C(200) << 20);
    GUEST_CHECK_EQ(slot_type(root_slot(A9N_ROOT_SLOT_NODE)), A9N_OBJECT_NODE);
    GUEST_CHECK_EQ(slot_type(root_slot(0)), A9N_OBJECT_NONE);
    fixture_end();
}

void test_lookup_errors(void)
{
    fixture_begin();
    unsigned r = fixture_root_radix;
    /* Depth above 56, and path bits at or above the depth. */
    GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR(0, 57), root_slot(1), 0, 0, 0),
                   A9N_ERROR_MALFORMED_DESCRIPTOR);
    GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR_ROOT, A9N_DESCRIPTOR(1u << r, r), 0, 0, 0),
                   A9N_ERROR_MALFORMED_DESCRIPTOR);
    /* A depth that ends inside the root's index bits, and depth 0 for a slot argument. */
    GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR_ROOT, A9N_DESCRIPTOR(1, r - 1), 0, 0, 0),
                   A9N_ERROR_INVALID_DEPTH);
    GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR_ROOT, A9N_DESCRIPTOR_ROOT, 0, 0, 0),
                   A9N_ERROR_INVALID_DEPTH);
    /* Walking on through an empty slot and through a generic. */
    GUEST_CHECK_EQ(
        a9n_node_inspect(A9N_DESCRIPTOR_ROOT, a9n_descriptor_child(scratch(0), 4, 1), 0, 0, 0),
        A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(
        a9n_node_inspect(A9N_DESCRIPTOR_ROOT, a9n_descriptor_child(fixture_generic, 4, 1), 0, 0, 0),
        A9N_ERROR_NOT_A_NODE);
    /* Invoking an empty slot, a wrong type, unknown operations. */
    GUEST_CHECK_EQ(a9n_generic_get_info(scratch(0), 0, 0, 0), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_generic_get_info(A9N_DESCRIPTOR_ROOT, 0, 0, 0), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_node_delete(fixture_generic, scratch(0)), A9N_ERROR_WRONG_TYPE);
    uint64_t mr[A9N_MESSAGE_REGISTERS] = {0};
    GUEST_CHECK_EQ(a9n_capability_call(A9N_DESCRIPTOR_ROOT, (A9N_OBJECT_NODE << 8) | 0xff, mr),
                   A9N_ERROR_UNKNOWN_CALL);
    GUEST_CHECK_EQ(a9n_capability_call(A9N_DESCRIPTOR_ROOT, (A9N_OBJECT_NODE << 8), mr),
                   A9N_ERROR_UNKNOWN_CALL);
    GUEST_CHECK_EQ(a9n_capability_call(A9N_DESCRIPTOR_ROOT, 0x10000 | A9N_NODE_INSPECT, mr),
                   A9N_ERROR_UNKNOWN_CALL);
    GUEST_CHECK_EQ(a9n_capability_call(A9N_DESCRIPTOR_ROOT, 0x7f01, mr), A9N_ERROR_UNKNOWN_CALL);
    fixture_end();
}

void test_nested_nodes(void)
{
    fixture_begin();
    /* scratch 0: node N (radix 4); N[2]: node M (radix 3); M[5]: a copy of the root cap. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 4, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 3, 1, scratch(0), 2, 0),
                   A9N_OK);
    a9n_descriptor_t in_m = a9n_descriptor_child(a9n_descriptor_child(scratch(0), 4, 2), 3, 5);
    GUEST_CHECK_EQ(
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, in_m, root_slot(A9N_ROOT_SLOT_NODE), A9N_RIGHT_READ),
        A9N_OK);
    GUEST_CHECK_EQ(slot_type(in_m), A9N_OBJECT_NODE);
    GUEST_CHECK_EQ(slot_rights(in_m), A9N_RIGHT_READ);
    /* The same slot named relative to N. */
    enum a9n_object_type type = A9N_OBJECT_NONE;
    GUEST_CHECK_EQ(a9n_node_inspect(scratch(0), A9N_DESCRIPTOR((2u << 3) | 5, 7), &type, 0, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(type, A9N_OBJECT_NODE);
    /* Through the copy in M, the root again: depth r + 4 + 3 + r. */
    a9n_descriptor_t through = a9n_descriptor_child(in_m, fixture_root_radix, A9N_ROOT_SLOT_NODE);
    GUEST_CHECK_EQ(slot_type(through), A9N_OBJECT_NODE);
    fixture_end();
}

void test_copy_and_demote_narrow_rights(void)
{
    fixture_begin();
    a9n_descriptor_t root = root_slot(A9N_ROOT_SLOT_NODE);
    GUEST_CHECK_EQ(
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(0), root, A9N_RIGHT_READ | A9N_RIGHT_WRITE),
        A9N_OK);
    GUEST_CHECK_EQ(slot_rights(scratch(0)), A9N_RIGHT_READ | A9N_RIGHT_WRITE);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), scratch(0), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(slot_rights(scratch(1)), A9N_RIGHT_READ | A9N_RIGHT_WRITE);
    GUEST_CHECK_EQ(a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(2), scratch(1), A9N_RIGHT_READ, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(slot_rights(scratch(2)), A9N_RIGHT_READ);
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(1), A9N_RIGHT_WRITE), A9N_OK);
    GUEST_CHECK_EQ(slot_rights(scratch(1)), A9N_RIGHT_WRITE);
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(1), A9N_RIGHTS_ALL), A9N_OK);
    GUEST_CHECK_EQ(slot_rights(scratch(1)), A9N_RIGHT_WRITE);
    fixture_end();
}

void test_node_argument_errors(void)
{
    fixture_begin();
    a9n_descriptor_t root = root_slot(A9N_ROOT_SLOT_NODE);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(0), root, A9N_RIGHTS_ALL), A9N_OK);
    /* Occupied destinations, empty sources. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(0), root, A9N_RIGHTS_ALL),
                   A9N_ERROR_SLOT_OCCUPIED);
    GUEST_CHECK_EQ(a9n_node_move(A9N_DESCRIPTOR_ROOT, scratch(0), root), A9N_ERROR_SLOT_OCCUPIED);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), scratch(2), A9N_RIGHTS_ALL),
                   A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_node_move(A9N_DESCRIPTOR_ROOT, scratch(1), scratch(2)),
                   A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(2)), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(2)), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(2), 0), A9N_ERROR_EMPTY_SLOT);
    /* Rights bits that do not exist, and badges on a type without them. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), root, A9N_RIGHTS_ALL + 1),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(0), ~UINT64_C(0)),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(1), root, A9N_RIGHTS_ALL, 7),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    /* Generic capabilities are unique. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), fixture_generic, A9N_RIGHTS_ALL),
                   A9N_ERROR_NOT_DERIVABLE);
    GUEST_CHECK_EQ(
        a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(1), fixture_generic, A9N_RIGHTS_ALL, 0),
        A9N_ERROR_NOT_DERIVABLE);
    fixture_end();
}

void test_rights_are_enforced(void)
{
    fixture_begin();
    a9n_descriptor_t root = root_slot(A9N_ROOT_SLOT_NODE);
    /* A read-only capability to the root node cannot change slots... */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(0), root, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(scratch(0), scratch(1), root, A9N_RIGHTS_ALL),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_node_delete(scratch(0), scratch(0)), A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* ...but can still inspect them; a write-only one cannot. */
    GUEST_CHECK_EQ(a9n_node_inspect(scratch(0), root, 0, 0, 0), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(2), root, A9N_RIGHT_WRITE), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_inspect(scratch(2), root, 0, 0, 0), A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* A slot reached through a read-only node capability cannot be changed through a
     * writable one above it: the rights of the node a slot sits in count. */
    a9n_descriptor_t via_read_only =
        a9n_descriptor_child(scratch(0), fixture_root_radix, fixture_scratch + 3);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, via_read_only, root, A9N_RIGHTS_ALL),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(slot_type(scratch(3)), A9N_OBJECT_NONE);
    /* Copying out of a node needs READ on it. */
    a9n_descriptor_t via_write_only =
        a9n_descriptor_child(scratch(2), fixture_root_radix, A9N_ROOT_SLOT_NODE);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(3), via_write_only, A9N_RIGHTS_ALL),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    fixture_end();
}

void test_move(void)
{
    fixture_begin();
    a9n_descriptor_t root = root_slot(A9N_ROOT_SLOT_NODE);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(0), root, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), scratch(0), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_move(A9N_DESCRIPTOR_ROOT, scratch(2), scratch(0)), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(0)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_rights(scratch(2)), A9N_RIGHT_READ);
    /* The moved capability keeps its children: revoking it removes scratch 1. */
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(2)), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(scratch(2)), A9N_OBJECT_NODE);
    /* A generic moves and keeps its memory state; then moves back. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 2, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch + 4, 0),
                   A9N_OK);
    uint64_t free_before = generic_free(fixture_generic);
    GUEST_CHECK_EQ(a9n_node_move(A9N_DESCRIPTOR_ROOT, scratch(5), fixture_generic), A9N_OK);
    GUEST_CHECK_EQ(generic_free(scratch(5)), free_before);
    GUEST_CHECK_EQ(a9n_node_move(A9N_DESCRIPTOR_ROOT, fixture_generic, scratch(5)), A9N_OK);
    GUEST_CHECK_EQ(generic_free(fixture_generic), free_before);
    fixture_end();
    GUEST_CHECK_EQ(slot_type(scratch(4)), A9N_OBJECT_NONE);
}
