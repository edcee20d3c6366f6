/*
 * I/O port capabilities: accesses inside and outside the range, widths,
 * values, rights, and issue_range narrowing and its errors. COM1's scratch
 * register (0x3ff) is the port that can be written without side effects.
 */
#include "fixture.h"
#include "tests.h"

#include <guest_test.h>

#define COM1_SCRATCH (COM1 + 7)
#define COM1_LSR     (COM1 + 5)

void test_io_port_read_write(void)
{
    fixture_begin();
    issue_com1(0);
    a9n_descriptor_t com1 = scratch(0);
    GUEST_CHECK_EQ(slot_type(com1), A9N_OBJECT_IO_PORT);
    uint64_t value = 0;
    GUEST_CHECK_EQ(a9n_io_port_write(com1, COM1_SCRATCH, 1, 0x5a), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(value, 0x5a);
    GUEST_CHECK_EQ(a9n_io_port_write(io_ports(), COM1_SCRATCH, 1, 0xa5), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(value, 0xa5);
    /* Wider reads that end exactly at the range's last port are inside. */
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1_SCRATCH - 1, 2, &value), A9N_OK);
    GUEST_CHECK_EQ(value >> 8, 0xa5);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1_SCRATCH - 3, 4, &value), A9N_OK);
    GUEST_CHECK_EQ(value >> 24, 0xa5);
    /* The transmitter of the idle console is empty. */
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1_LSR, 1, &value), A9N_OK);
    GUEST_CHECK(value & 0x20);
    /* READ reads, WRITE writes. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), com1, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), COM1_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(1), COM1_SCRATCH, 1, 0),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(2), com1, A9N_RIGHT_WRITE), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(2), COM1_SCRATCH, 1, &value),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(2), COM1_SCRATCH, 1, 0), A9N_OK);
    fixture_end();
}

void test_io_port_access_errors(void)
{
    fixture_begin();
    issue_com1(0);
    a9n_descriptor_t com1 = scratch(0);
    uint64_t value = 0;
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1 - 1, 1, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1 + 8, 1, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1_SCRATCH, 2, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1_SCRATCH - 2, 4, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, UINT64_MAX, 1, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1 + 0x10000, 1, &value), A9N_ERROR_INVALID_ARGUMENT);
    static const uint64_t bad_widths[] = {0, 3, 5, 8, UINT64_MAX};
    for (unsigned i = 0; i < sizeof(bad_widths) / sizeof(bad_widths[0]); i++) {
        GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1, bad_widths[i], &value),
                       A9N_ERROR_INVALID_ARGUMENT);
        GUEST_CHECK_EQ(a9n_io_port_write(com1, COM1_SCRATCH, bad_widths[i], 0),
                       A9N_ERROR_INVALID_ARGUMENT);
    }
    GUEST_CHECK_EQ(a9n_io_port_write(com1, COM1 + 8, 1, 0), A9N_ERROR_INVALID_ARGUMENT);
    /* A value wider than the access is refused, not cut. */
    GUEST_CHECK_EQ(a9n_io_port_write(com1, COM1_SCRATCH, 1, 0x100), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_write(com1, COM1_SCRATCH - 1, 2, 0x10000),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_write(com1, COM1_SCRATCH - 3, 4, UINT64_C(1) << 32),
                   A9N_ERROR_INVALID_ARGUMENT);
    /* The scratch register kept what the test wrote before the refused writes. */
    GUEST_CHECK_EQ(a9n_io_port_write(com1, COM1_SCRATCH, 1, 0x3c), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_write(com1, COM1_SCRATCH, 1, 0x1ff), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com1, COM1_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(value, 0x3c);
    fixture_end();
}

void test_issue_range(void)
{
    fixture_begin();
    issue_com1(0);
    a9n_descriptor_t com1 = scratch(0);
    uint64_t value = 0;
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(com1, COM1_SCRATCH, 1, A9N_DESCRIPTOR_ROOT, fixture_scratch + 1),
        A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_IO_PORT);
    GUEST_CHECK_EQ(slot_rights(scratch(1)), A9N_RIGHTS_ALL);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), COM1_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), COM1_SCRATCH - 1, 1, &value),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), COM1_SCRATCH - 1, 2, &value),
                   A9N_ERROR_INVALID_ARGUMENT);
    /* A one-port range can issue itself again, nothing wider. */
    GUEST_CHECK_EQ(a9n_io_port_issue_range(scratch(1), COM1_SCRATCH, 1, A9N_DESCRIPTOR_ROOT,
                                           fixture_scratch + 2),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(scratch(1), COM1_SCRATCH, 2, A9N_DESCRIPTOR_ROOT,
                                           fixture_scratch + 3),
                   A9N_ERROR_INVALID_ARGUMENT);
    /* The whole port space: its last port is issuable. */
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(io_ports(), 0xffff, 1, A9N_DESCRIPTOR_ROOT, fixture_scratch + 3),
        A9N_OK);
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(io_ports(), 0xffff, 2, A9N_DESCRIPTOR_ROOT, fixture_scratch + 4),
        A9N_ERROR_INVALID_ARGUMENT);
    /* Issued ranges are derived: revoking the parent removes them. */
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, com1), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(scratch(2)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(com1), A9N_OBJECT_IO_PORT);
    fixture_end();
}

void test_issue_range_errors(void)
{
    fixture_begin();
    issue_com1(0);
    a9n_descriptor_t com1 = scratch(0);
    uint64_t free_index = fixture_scratch + 1;
    static const uint64_t bad_ranges[][2] = {
        {COM1, 0},       {COM1 - 1, 1},   {COM1, 9},    {COM1 + 8, 1}, {COM1 + 1, UINT64_MAX},
        {UINT64_MAX, 2}, {UINT64_MAX, 1}, {0, 0x10000},
    };
    for (unsigned i = 0; i < sizeof(bad_ranges) / sizeof(bad_ranges[0]); i++)
        GUEST_CHECK_EQ(a9n_io_port_issue_range(com1, bad_ranges[i][0], bad_ranges[i][1],
                                               A9N_DESCRIPTOR_ROOT, free_index),
                       A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com1, COM1, 1, A9N_DESCRIPTOR_ROOT,
                                           UINT64_C(1) << fixture_root_radix),
                   A9N_ERROR_INDEX_OUT_OF_RANGE);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com1, COM1, 1, A9N_DESCRIPTOR_ROOT, A9N_ROOT_SLOT_NODE),
                   A9N_ERROR_SLOT_OCCUPIED);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com1, COM1, 1, A9N_DESCRIPTOR_INVALID, free_index),
                   A9N_ERROR_MALFORMED_DESCRIPTOR);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com1, COM1, 1, fixture_generic, 0),
                   A9N_ERROR_NOT_A_NODE);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com1, COM1, 1, scratch(2), 0), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(2), root_slot(A9N_ROOT_SLOT_NODE),
                                 A9N_RIGHT_READ),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com1, COM1, 1, scratch(2), free_index),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(3), com1, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(scratch(3), COM1, 1, A9N_DESCRIPTOR_ROOT, free_index),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* Nothing was issued by any of them. */
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    fixture_end();
}
