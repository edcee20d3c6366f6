/*
 * Memory-suite tests of the rights rules that hold across aliases: W^X per
 * frame through two capabilities and two address spaces, demote narrowing a
 * live mapping, and memory that can never become writable and executable
 * (a generic without WRITE_EXECUTE converts into frames without it).
 *
 * Scratch slots: 0 and 4 address spaces with tables in 1..3 and 5..7,
 * 8 a generic, 9..13 frames and their copies.
 */
#include "memory.h"
#include "tests.h"

#include <guest_test.h>

#define AS      0u
#define TABLES  1u
#define AS2     4u
#define TABLES2 5u
#define GENERIC 8u
#define FRAME   9u
#define COPY    10u
#define OTHER   11u
#define SECOND  12u /* and 13 */

#define RX (A9N_RIGHT_READ | A9N_RIGHT_EXECUTE)

/* Two address spaces with tables for MEMORY_BASE, and a generic of 64 KiB
 * without WRITE_EXECUTE in scratch GENERIC. */
static void w_xor_x_begin(void)
{
    fixture_begin();
    memory_build_tree(AS, TABLES, MEMORY_BASE);
    memory_build_tree(AS2, TABLES2, MEMORY_BASE);
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_GENERIC, 16, 1, GENERIC), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(GENERIC),
                                   A9N_RIGHTS_ALL & ~A9N_RIGHT_WRITE_EXECUTE),
                   A9N_OK);
}

static enum a9n_error convert_frames(unsigned n, uint64_t count)
{
    return a9n_generic_convert(scratch(GENERIC), A9N_OBJECT_FRAME, 12, count, A9N_DESCRIPTOR_ROOT,
                               fixture_scratch + n, 0);
}

void test_conversion_keeps_w_xor_x(void)
{
    w_xor_x_begin();
    GUEST_CHECK_EQ(convert_frames(FRAME, 1), A9N_OK);
    /* No frame of this generic carries the right, nor can any copy gain it. */
    GUEST_CHECK(!(slot_rights(scratch(FRAME)) & A9N_RIGHT_WRITE_EXECUTE));
    GUEST_CHECK_EQ(
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(COPY), scratch(FRAME), A9N_RIGHTS_ALL), A9N_OK);
    GUEST_CHECK(!(slot_rights(scratch(COPY)) & A9N_RIGHT_WRITE_EXECUTE));
    GUEST_CHECK_EQ(
        a9n_frame_map(scratch(FRAME), scratch(AS), MEMORY_BASE, MEMORY_RW | A9N_RIGHT_EXECUTE),
        A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* A generic with the right (the fixture's) gives it to its frames. */
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_FRAME, 12, 1, OTHER), A9N_OK);
    GUEST_CHECK(slot_rights(scratch(OTHER)) & A9N_RIGHT_WRITE_EXECUTE);
    fixture_end();
}

void test_w_xor_x_across_mappings(void)
{
    w_xor_x_begin();
    GUEST_CHECK_EQ(convert_frames(FRAME, 1), A9N_OK);
    GUEST_CHECK_EQ(
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(COPY), scratch(FRAME), A9N_RIGHTS_ALL), A9N_OK);
    a9n_descriptor_t frame = scratch(FRAME), copy = scratch(COPY);
    GUEST_CHECK_EQ(a9n_frame_map(frame, scratch(AS), MEMORY_BASE, MEMORY_RW), A9N_OK);
    /* Writable through one mapping: executable through no other, in either space. */
    GUEST_CHECK_EQ(a9n_frame_map(copy, scratch(AS2), MEMORY_BASE, RX),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_frame_map(copy, scratch(AS), MEMORY_BASE + 0x1000, RX),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_frame_map(copy, scratch(AS2), MEMORY_BASE, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_protect(copy, RX), A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* The writer turns read-only: the copy may now execute, the writer not write. */
    GUEST_CHECK_EQ(a9n_frame_protect(frame, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_protect(copy, RX), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_protect(frame, MEMORY_RW), A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* Unmapping the executable mapping frees the way again. */
    GUEST_CHECK_EQ(a9n_frame_unmap(copy), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_protect(frame, MEMORY_RW), A9N_OK);
    /* Deleting a capability takes its mapping out of the reckoning too. */
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, frame), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(copy, scratch(AS), MEMORY_BASE + 0x1000, RX), A9N_OK);
    fixture_end();
}

void test_demote_narrows_mapping(void)
{
    w_xor_x_begin();
    GUEST_CHECK_EQ(convert_frames(FRAME, 1), A9N_OK);
    GUEST_CHECK_EQ(convert_frames(SECOND, 2), A9N_OK);
    /* Two copies of one frame, side by side below the original. */
    a9n_descriptor_t writer = scratch(COPY), runner = scratch(OTHER);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, writer, scratch(FRAME), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, runner, scratch(FRAME), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(writer, scratch(AS), MEMORY_BASE, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(runner, scratch(AS2), MEMORY_BASE, RX),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* Demoting away WRITE makes the live mapping read-only: the other may execute. */
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, writer, RX), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(runner, scratch(AS2), MEMORY_BASE, RX), A9N_OK);
    /* Demoting away READ unmaps, below the demoted capability too: both
     * places are free for other frames. */
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(FRAME), A9N_RIGHT_WRITE), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(SECOND), scratch(AS), MEMORY_BASE, MEMORY_RW), A9N_OK);
    GUEST_CHECK_EQ(a9n_frame_map(scratch(SECOND + 1), scratch(AS2), MEMORY_BASE, MEMORY_RW),
                   A9N_OK);
    fixture_end();
}
