/*
 * Memory-suite tests of lifetimes: each frame capability maps once, and
 * deleting a frame, a page table or an address space takes its mappings
 * with it; revoking the generic tears everything down and the memory can
 * be used again.
 *
 * Scratch slots: 0 the address space, 1..3 tables of depth 1..3, 4.. frames.
 */
#include "memory.h"
#include "tests.h"

#include <guest_test.h>

#define AS     0u
#define TABLES 1u
#define FRAME  4u

static enum a9n_error delete_scratch(unsigned n)
{
    return a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(n));
}

void test_copies_map_separately(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 2, FRAME), A9N_OK);
    a9n_descriptor_t as = scratch(AS);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), as, MEMORY_BASE, MEMORY_RW), A9N_OK);
    /* A copy maps nothing yet, and maps the same frame a second time. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(10), scratch(FRAME), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(10)), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(10), as, MEMORY_BASE + 0x1000, A9N_RIGHT_READ), A9N_OK);
    /* Deleting the original removes only its own mapping. */
    GUEST_CHECK_EQ(delete_scratch(FRAME), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 1), as, MEMORY_BASE, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME + 1)), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 1), as, MEMORY_BASE + 0x1000, MEMORY_RW),
                   A9N_ERROR_MAPPING_PRESENT);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(10)), A9N_OK);
    fixture_end();
}

void test_deleting_a_frame_unmaps_it(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 2, FRAME), A9N_OK);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 21, 2, FRAME + 2), A9N_OK);
    a9n_descriptor_t as = scratch(AS);
    uint64_t large = MEMORY_BASE + (UINT64_C(1) << 21);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), as, MEMORY_BASE, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 2), as, large, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(delete_scratch(FRAME), A9N_OK);
    GUEST_CHECK_EQ(delete_scratch(FRAME + 2), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 1), as, MEMORY_BASE, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 3), as, large, MEMORY_RW), A9N_OK);
    fixture_end();
}

void test_deleting_a_page_table_unlinks_it(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 2, FRAME), A9N_OK);
    a9n_descriptor_t as = scratch(AS);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), as, MEMORY_BASE, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(delete_scratch(TABLES + 2), A9N_OK);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 3);
    /* The frame's mapping went with the table. */
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME)), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), as, MEMORY_BASE, MEMORY_RW),
                   A9N_ERROR_TABLE_MISSING);
    /* A table unlinked and linked again keeps none of its old entries. */
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_PAGE_TABLE, 3, 1, TABLES + 2), A9N_OK);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(TABLES + 2), as, MEMORY_BASE), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), as, MEMORY_BASE, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_page_table_unmap(scratch(TABLES + 2)), A9N_OK);
    GUEST_CHECK_EQ(a9n_page_table_map(scratch(TABLES + 2), as, MEMORY_BASE), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + 1), as, MEMORY_BASE, MEMORY_RW), A9N_OK);
    /* Unlinking a depth-1 table takes everything below it out of reach. */
    GUEST_CHECK_EQ(delete_scratch(TABLES), A9N_OK);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 1);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME + 1)), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(a9n_page_table_unmap(scratch(TABLES + 1)), A9N_ERROR_NOT_MAPPED);
    fixture_end();
}

void test_deleting_an_address_space(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 1, FRAME), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), scratch(AS), MEMORY_BASE, MEMORY_RW), A9N_OK);
    /* While a copy lives, the address space does. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(10), scratch(AS), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(delete_scratch(AS), A9N_OK);
    GUEST_CHECK_EQ(memory_missing_depth(10, MEMORY_BASE, 12), 0);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), scratch(10), MEMORY_BASE + 0x1000, MEMORY_RW),
                   A9N_ERROR_ALREADY_MAPPED);
    /* With the last capability it goes, and its tables and frames map nothing. */
    GUEST_CHECK_EQ(delete_scratch(10), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_unmap(scratch(FRAME)), A9N_ERROR_NOT_MAPPED);
    for (unsigned n = TABLES; n < TABLES + 3; n++)
        GUEST_CHECK_EQ(a9n_page_table_unmap(scratch(n)), A9N_ERROR_NOT_MAPPED);
    /* They are free to serve a new address space. */
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_ADDRESS_SPACE, 0, 1, AS), A9N_OK);
    GUEST_CHECK_EQ(memory_missing_depth(AS, MEMORY_BASE, 12), 1);
    for (unsigned n = TABLES; n < TABLES + 3; n++)
        GUEST_CHECK_EQ(a9n_page_table_map(scratch(n), scratch(AS), MEMORY_BASE), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME), scratch(AS), MEMORY_BASE, MEMORY_RW), A9N_OK);
    fixture_end();
}

void test_revoke_tears_down_address_spaces(void)
{
    /* Twice over the same memory: fixture_end revokes the generic, which
     * destroys the address spaces and checks the memory is whole again. */
    for (unsigned round = 0; round < 2; round++) {
        fixture_begin();
        memory_build_tree(AS, TABLES, MEMORY_BASE);
        memory_build_tree(10, 11, MEMORY_BASE);
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 4, FRAME), A9N_OK);
        for (unsigned n = 0; n < 4; n++) {
            unsigned as = n % 2 ? 10 : AS;
            GUEST_CHECK_EQ(a9n_frame_map(scratch(FRAME + n), scratch(as),
                                         MEMORY_BASE + 0x1000 * (n + 1), MEMORY_RW),
                           A9N_OK);
        }
        GUEST_CHECK_EQ(
            a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(20), scratch(FRAME), A9N_RIGHTS_ALL),
            A9N_OK);
        GUEST_CHECK_EQ(a9n_frame_map(scratch(20), scratch(10), MEMORY_BASE, A9N_RIGHT_READ),
                       A9N_OK);
        fixture_end();
        for (unsigned n = 0; n < 21; n++)
            GUEST_CHECK_EQ(slot_type(scratch(n)), A9N_OBJECT_NONE);
    }
}
