/*
 * Memory-suite tests of conversion, the translation tree and mapping: sizes,
 * missing depths, map and unmap at each frame size, and every error of the
 * page-table and frame operations.
 *
 * Scratch slots: 0 the address space, 1..3 tables of depth 1..3, 4.. frames.
 */
#include "memory.h"
#include "tests.h"

#include <guest_test.h>
#include <stdbool.h>

#define AS     0u
#define TABLES 1u
#define FRAME  4u

#define TWO_MIB (UINT64_C(1) << 21)
#define ONE_GIB (UINT64_C(1) << 30)

void test_convert_memory_objects(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_ADDRESS_SPACE, 1, 1, AS), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_PAGE_TABLE, 0, 1, 1), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_PAGE_TABLE, A9N_PAGE_TABLE_MAX_DEPTH + 1, 1, 1),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 11, 1, FRAME), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 13, 1, FRAME), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 22, 1, FRAME), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 39, 1, FRAME), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size);

    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_ADDRESS_SPACE, 0, 1, AS), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(AS)), A9N_OBJECT_ADDRESS_SPACE);
    for (unsigned depth = 1; depth <= A9N_PAGE_TABLE_MAX_DEPTH; depth++) {
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_PAGE_TABLE, depth, 1, TABLES + depth - 1), A9N_OK);
        GUEST_CHECK_EQ(slot_type(scratch(TABLES + depth - 1)), A9N_OBJECT_PAGE_TABLE);
    }
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 2, FRAME), A9N_OK);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 21, 1, FRAME + 2), A9N_OK);
    for (unsigned n = FRAME; n < FRAME + 3; n++) {
        GUEST_CHECK_EQ(slot_type(scratch(n)), A9N_OBJECT_FRAME);
        /* The boot generics carry PHYSICAL, so their frames do (see test_physical_address). */
        GUEST_CHECK_EQ(slot_rights(scratch(n)), A9N_RIGHTS_ALL);
    }
    fixture_end();
}

void test_frame_sizes(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_ADDRESS_SPACE, 0, 1, AS), A9N_OK);
    uint64_t sizes = memory_frame_sizes(AS);
    GUEST_CHECK_EQ(sizes & ((UINT64_C(1) << 12) | TWO_MIB), (UINT64_C(1) << 12) | TWO_MIB);
    GUEST_CHECK_EQ(sizes & ~((UINT64_C(1) << 12) | TWO_MIB | ONE_GIB), 0);
    /* A capability without READ cannot ask. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), scratch(AS), A9N_RIGHT_WRITE),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_address_space_get_frame_sizes(scratch(1), &sizes),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    fixture_end();
}

void test_missing_depth(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_ADDRESS_SPACE, 0, 1, AS), A9N_OK);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 1);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 21), 1);
    for (unsigned depth = 1; depth <= A9N_PAGE_TABLE_MAX_DEPTH; depth++) {
        unsigned table = TABLES + depth - 1;
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_PAGE_TABLE, depth, 1, table), A9N_OK);
        /* Any address inside the region the table covers will do. */
        GUEST_CHECK_EQ(a9n_page_table_map(scratch(table), scratch(AS), MEMORY_BASE + 0x1234),
                       A9N_OK);
        GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12),
                       depth < A9N_PAGE_TABLE_MAX_DEPTH ? depth + 1 : 0);
    }
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 21), 0);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE + TWO_MIB, 12), 3);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE + ONE_GIB, 12), 2);
    /* The last user page ends one page below the canonical hole: a syscall in
     * the top page would save a non-canonical return address. */
    GUEST_CHECK_EQ(memory_missing_depth(AS, UINT64_C(0x7fffffffefff), 12), 1);
    uint64_t depth;
    GUEST_CHECK_EQ(
        a9n_address_space_get_missing_depth(scratch(AS), UINT64_C(0x7ffffffff000), 12, &depth),
        A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_address_space_get_missing_depth(scratch(AS), MEMORY_BASE, 13, &depth),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(
        a9n_address_space_get_missing_depth(scratch(AS), UINT64_C(0x800000000000), 12, &depth),
        A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(
        a9n_address_space_get_missing_depth(scratch(AS), UINT64_C(0xffff800000000000), 12, &depth),
        A9N_ERROR_INVALID_ADDRESS);
    fixture_end();
}

void test_map_and_unmap_each_size(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 2, FRAME), A9N_OK);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 21, 2, FRAME + 2), A9N_OK);
    a9n_descriptor_t as = scratch(AS);
    uint64_t small = MEMORY_BASE + 0x1000, large = MEMORY_BASE + TWO_MIB;

    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), as, small, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 1), as, small, MEMORY_RW),
                   A9N_ERROR_MAPPING_PRESENT);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 2), as, large, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 3), as, large, MEMORY_RW),
                   A9N_ERROR_MAPPING_PRESENT);
    /* A 2 MiB frame holds the entry where a depth-3 table would go. */
    GUEST_CHECK_EQ(memory_missing_depth(AS, large + 0x1000, 12), 3);
    /* A 2 MiB frame where the depth-3 table is. */
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 3), as, MEMORY_BASE, MEMORY_RW),
                   A9N_ERROR_MAPPING_PRESENT);

    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME)), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME)), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 1), as, small, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME + 2)), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME + 2)), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 3), as, large, MEMORY_RW), A9N_OK);
    /* An unmapped frame maps again, elsewhere. */
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), as, small + 0x1000, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 2), as, large + TWO_MIB, A9N_RIGHT_READ), A9N_OK);
    fixture_end();
}

void test_map_1gib_frame(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_ADDRESS_SPACE, 0, 1, AS), A9N_OK);
    bool supported = memory_frame_sizes(AS) & ONE_GIB;
    if (!supported) {
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 30, 1, FRAME), A9N_ERROR_INVALID_ARGUMENT);
    } else if (fixture_generic_size < ONE_GIB) {
        /* Only the boot with more memory has a generic this large. */
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 30, 1, FRAME), A9N_ERROR_NOT_ENOUGH_MEMORY);
    } else {
        /* The frame takes the whole test generic; the tables come from another. */
        GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(AS)), A9N_OK);
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 30, 2, FRAME), A9N_ERROR_NOT_ENOUGH_MEMORY);
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 30, 1, FRAME), A9N_OK);
        a9n_descriptor_t other = memory_other_generic();
        GUEST_CHECK_EQ(a9n_generic_convert(other, A9N_OBJECT_ADDRESS_SPACE, 0, 1,
                                           A9N_DESCRIPTOR_ROOT, fixture_scratch + AS,
                                           root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                       A9N_OK);
        GUEST_CHECK_EQ(a9n_generic_convert(other, A9N_OBJECT_PAGE_TABLE, 1, 1, A9N_DESCRIPTOR_ROOT,
                                           fixture_scratch + TABLES, 0),
                       A9N_OK);
        GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), scratch(AS), MEMORY_BASE, MEMORY_RW),
                       A9N_ERROR_TABLE_MISSING);
        GUEST_CHECK_EQ(a9n_page_table_map(scratch(TABLES), scratch(AS), MEMORY_BASE), A9N_OK);
        GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), scratch(AS), MEMORY_BASE + TWO_MIB, MEMORY_RW),
                       A9N_ERROR_MISALIGNED);
        GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), scratch(AS), MEMORY_BASE, MEMORY_RW), A9N_OK);
        GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE + TWO_MIB, 12), 2);
        GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 30), 0);
        GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME)), A9N_OK);
        GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 2);
        GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, other), A9N_OK);
    }
    fixture_end();
}

void test_frame_map_errors(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 2, FRAME), A9N_OK);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 21, 1, FRAME + 2), A9N_OK);
    a9n_descriptor_t frame = scratch(FRAME), as = scratch(AS);

    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE + 0x800, MEMORY_RW), A9N_ERROR_MISALIGNED);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 2), as, MEMORY_BASE + 0x1000, MEMORY_RW),
                   A9N_ERROR_MISALIGNED);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, 0, MEMORY_RW), A9N_ERROR_INVALID_ADDRESS);
    /* Non-canonical, and the kernel's half. */
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, UINT64_C(0x800000000000), MEMORY_RW),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, UINT64_C(0x0000900000000000), MEMORY_RW),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, UINT64_C(0xffff800000000000), MEMORY_RW),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, UINT64_C(0xffffffff80200000), MEMORY_RW),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE + TWO_MIB, MEMORY_RW),
                   A9N_ERROR_TABLE_MISSING);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, UINT64_C(0x1000), MEMORY_RW), A9N_ERROR_TABLE_MISSING);
    /* The address space argument. */
    GUEST_CHECK_EQ(a9n_frame_map(frame, scratch(20), MEMORY_BASE, MEMORY_RW), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_frame_map(frame, scratch(FRAME + 1), MEMORY_BASE, MEMORY_RW),
                   A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_frame_map(frame, A9N_DESCRIPTOR_INVALID, MEMORY_BASE, MEMORY_RW),
                   A9N_ERROR_MALFORMED_DESCRIPTOR);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(10), as, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(frame, scratch(10), MEMORY_BASE, MEMORY_RW),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 0);

    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE + 0x1000, MEMORY_RW),
                   A9N_ERROR_ALREADY_MAPPED);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 1), as, MEMORY_BASE, MEMORY_RW),
                   A9N_ERROR_MAPPING_PRESENT);
    /* Every refused map left the second frame free to map. */
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME + 1)), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 1), as, MEMORY_BASE + 0x1000, MEMORY_RW), A9N_OK);
    fixture_end();
}

void test_frame_rights(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 1, FRAME), A9N_OK);
    a9n_descriptor_t frame = scratch(FRAME), as = scratch(AS);
    const uint64_t read = A9N_RIGHT_READ, write = A9N_RIGHT_WRITE, execute = A9N_RIGHT_EXECUTE;

    /* READ is needed; only READ, WRITE and EXECUTE are mapping rights. */
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE, 0), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE, write), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE, read | A9N_RIGHT_GRANT),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE, read | (UINT64_C(1) << 63)),
                   A9N_ERROR_INVALID_ARGUMENT);
    /* Mapping rights within the capability's; W+X only with WRITE_EXECUTE. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(10), frame, read), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(10), as, MEMORY_BASE, read | write),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(10), as, MEMORY_BASE, read | execute),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(11), frame, read | write | execute),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(11), as, MEMORY_BASE, read | write | execute),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(11), as, MEMORY_BASE, read | execute), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_protect(scratch(11), read | write), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_protect(scratch(11), read | write | execute),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_frame_protect(scratch(11), write), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_frame_protect(scratch(10), read), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(a9n_frame_protect(scratch(10), read | write), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_frame_map(frame, as, MEMORY_BASE + 0x1000, read | write | execute), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_protect(frame, read), A9N_OK);
    /* Without READ on the capability nothing is allowed at all. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(12), frame, write), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(12), as, MEMORY_BASE + 0x2000, read),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(12)), A9N_ERROR_INSUFFICIENT_RIGHTS);
    fixture_end();
}

void test_page_table_errors(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_ADDRESS_SPACE, 0, 1, AS), A9N_OK);
    for (unsigned depth = 1; depth <= A9N_PAGE_TABLE_MAX_DEPTH; depth++)
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_PAGE_TABLE, depth, 2, TABLES + 2 * (depth - 1)),
                       A9N_OK);
    /* Tables of depth 1, 2, 3 in scratch 1 and 2, 3 and 4, 5 and 6. */
    a9n_descriptor_t as = scratch(AS);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(3), as, MEMORY_BASE), A9N_ERROR_TABLE_MISSING);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(5), as, MEMORY_BASE), A9N_ERROR_TABLE_MISSING);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(1), as, UINT64_C(0x800000000000)),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(1), as, UINT64_C(0xffff800000000000)),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(1), scratch(20), MEMORY_BASE), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(1), scratch(2), MEMORY_BASE), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(10), as, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(1), scratch(10), MEMORY_BASE),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_page_table_unmap(scratch(1)), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 1);

    GUEST_CHECK_EQ(a9n_page_table_map(scratch(1), as, MEMORY_BASE), A9N_OK);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(1), as, MEMORY_BASE + (UINT64_C(1) << 39)),
                   A9N_ERROR_ALREADY_MAPPED);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(2), as, MEMORY_BASE + 0x5000),
                   A9N_ERROR_MAPPING_PRESENT);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(3), as, MEMORY_BASE), A9N_OK);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(4), as, MEMORY_BASE), A9N_ERROR_MAPPING_PRESENT);
    /* The other depth-1 table fits the next 512 GiB. */
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(2), as, MEMORY_BASE + (UINT64_C(1) << 39)), A9N_OK);
    /* Page-table capabilities are unique: they record where their table is. */
    GUEST_CHECK(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(11), scratch(1), A9N_RIGHTS_ALL) !=
                A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(11)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(a9n_page_table_unmap(scratch(3)), A9N_OK);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 2);
    GUEST_CHECK_EQ(a9n_page_table_unmap(scratch(3)), A9N_ERROR_NOT_MAPPED);
    fixture_end();
}

void test_physical_address(void)
{
    fixture_begin();
    /* A frame from a generic with PHYSICAL (the root server's) tells its address. */
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 1, FRAME), A9N_OK);
    uint64_t address = 0;
    GUEST_CHECK_EQ(a9n_frame_get_physical_address(scratch(FRAME), &address), A9N_OK);
    GUEST_CHECK(address != 0 && (address & 0xfff) == 0);
    /* A generic given away without PHYSICAL makes frames that never tell. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_GENERIC, 16, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + FRAME + 1, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(FRAME + 1),
                                   A9N_RIGHTS_ALL & ~A9N_RIGHT_PHYSICAL),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(scratch(FRAME + 1), A9N_OBJECT_FRAME, 12, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + FRAME + 2, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(slot_rights(scratch(FRAME + 2)) & A9N_RIGHT_PHYSICAL, 0);
    address = 0;
    GUEST_CHECK_EQ(a9n_frame_get_physical_address(scratch(FRAME + 2), &address),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(address, 0);
    /* Rights only shrink: a copy cannot gain PHYSICAL. */
    GUEST_CHECK_EQ(
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(FRAME + 3), scratch(FRAME + 2), A9N_RIGHTS_ALL),
        A9N_OK);
    GUEST_CHECK_EQ(slot_rights(scratch(FRAME + 3)) & A9N_RIGHT_PHYSICAL, 0);
    GUEST_CHECK_EQ(a9n_frame_get_physical_address(scratch(FRAME + 3), &address),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    fixture_end();
}

void test_kernel_objects_cannot_be_mapped(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_NODE, 4, 1, 8), A9N_OK);
    a9n_descriptor_t as = scratch(AS);
    /* Only frames map: a node, an address space, a page table, a generic are refused. */
    GUEST_CHECK_EQ(a9n_frame_map(scratch(8), as, MEMORY_BASE, A9N_RIGHT_READ),
                   A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_frame_map(as, as, MEMORY_BASE, A9N_RIGHT_READ), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(TABLES), as, MEMORY_BASE, A9N_RIGHT_READ),
                   A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_frame_map(fixture_generic, as, MEMORY_BASE, A9N_RIGHT_READ),
                   A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_frame_map(root_slot(A9N_ROOT_SLOT_NODE), as, MEMORY_BASE, A9N_RIGHT_READ),
                   A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(8), as, MEMORY_BASE), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 0);
    fixture_end();
}
