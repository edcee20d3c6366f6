/*
 * I/O port capabilities: accesses inside and outside the range, widths,
 * values, rights, and issue_range narrowing and its errors. COM2's scratch
 * register (0x3ff) is the port that can be written without side effects.
 */
#include "fixture.h"
#include "tests.h"

#include <guest_test.h>

#define COM2_SCRATCH (COM2 + 7)
#define COM2_LSR     (COM2 + 5)

void test_io_port_read_write(void)
{
    fixture_begin();
    issue_com2(0);
    a9n_descriptor_t com2 = scratch(0);
    GUEST_CHECK_EQ(slot_type(com2), A9N_OBJECT_IO_PORT);
    uint64_t value = 0;
    GUEST_CHECK_EQ(a9n_io_port_write(com2, COM2_SCRATCH, 1, 0x5a), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(value, 0x5a);
    GUEST_CHECK_EQ(a9n_io_port_write(io_ports(), COM2_SCRATCH, 1, 0xa5), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(value, 0xa5);
    /* Wider reads that end exactly at the range's last port are inside. */
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2_SCRATCH - 1, 2, &value), A9N_OK);
    GUEST_CHECK_EQ(value >> 8, 0xa5);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2_SCRATCH - 3, 4, &value), A9N_OK);
    GUEST_CHECK_EQ(value >> 24, 0xa5);
    /* The transmitter of the idle console is empty. */
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2_LSR, 1, &value), A9N_OK);
    GUEST_CHECK(value & 0x20);
    /* READ reads, WRITE writes. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), com2, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), COM2_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(1), COM2_SCRATCH, 1, 0),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(2), com2, A9N_RIGHT_WRITE), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(2), COM2_SCRATCH, 1, &value),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(2), COM2_SCRATCH, 1, 0), A9N_OK);
    fixture_end();
}

void test_io_port_access_errors(void)
{
    fixture_begin();
    issue_com2(0);
    a9n_descriptor_t com2 = scratch(0);
    uint64_t value = 0;
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2 - 1, 1, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2 + 8, 1, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2_SCRATCH, 2, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2_SCRATCH - 2, 4, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, UINT64_MAX, 1, &value), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2 + 0x10000, 1, &value), A9N_ERROR_INVALID_ARGUMENT);
    static const uint64_t bad_widths[] = {0, 3, 5, 8, UINT64_MAX};
    for (unsigned i = 0; i < sizeof(bad_widths) / sizeof(bad_widths[0]); i++) {
        GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2, bad_widths[i], &value),
                       A9N_ERROR_INVALID_ARGUMENT);
        GUEST_CHECK_EQ(a9n_io_port_write(com2, COM2_SCRATCH, bad_widths[i], 0),
                       A9N_ERROR_INVALID_ARGUMENT);
    }
    GUEST_CHECK_EQ(a9n_io_port_write(com2, COM2 + 8, 1, 0), A9N_ERROR_INVALID_ARGUMENT);
    /* A value wider than the access is refused, not cut. */
    GUEST_CHECK_EQ(a9n_io_port_write(com2, COM2_SCRATCH, 1, 0x100), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_write(com2, COM2_SCRATCH - 1, 2, 0x10000),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_write(com2, COM2_SCRATCH - 3, 4, UINT64_C(1) << 32),
                   A9N_ERROR_INVALID_ARGUMENT);
    /* The scratch register kept what the test wrote before the refused writes. */
    GUEST_CHECK_EQ(a9n_io_port_write(com2, COM2_SCRATCH, 1, 0x3c), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_write(com2, COM2_SCRATCH, 1, 0x1ff), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(com2, COM2_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(value, 0x3c);
    fixture_end();
}

void test_issue_range(void)
{
    fixture_begin();
    issue_com2(0);
    a9n_descriptor_t com2 = scratch(0);
    uint64_t value = 0;
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(com2, COM2_SCRATCH, 1, A9N_DESCRIPTOR_ROOT, fixture_scratch + 1),
        A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_IO_PORT);
    GUEST_CHECK_EQ(slot_rights(scratch(1)), A9N_RIGHTS_ALL);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), COM2_SCRATCH, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), COM2_SCRATCH - 1, 1, &value),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), COM2_SCRATCH - 1, 2, &value),
                   A9N_ERROR_INVALID_ARGUMENT);
    /* A one-port range can issue itself again, nothing wider. */
    GUEST_CHECK_EQ(a9n_io_port_issue_range(scratch(1), COM2_SCRATCH, 1, A9N_DESCRIPTOR_ROOT,
                                           fixture_scratch + 2),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(scratch(1), COM2_SCRATCH, 2, A9N_DESCRIPTOR_ROOT,
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
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, com2), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(scratch(2)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(com2), A9N_OBJECT_IO_PORT);
    fixture_end();
}

void test_issue_range_errors(void)
{
    fixture_begin();
    issue_com2(0);
    a9n_descriptor_t com2 = scratch(0);
    uint64_t free_index = fixture_scratch + 1;
    static const uint64_t bad_ranges[][2] = {
        {COM2, 0},       {COM2 - 1, 1},   {COM2, 9},    {COM2 + 8, 1}, {COM2 + 1, UINT64_MAX},
        {UINT64_MAX, 2}, {UINT64_MAX, 1}, {0, 0x10000},
    };
    for (unsigned i = 0; i < sizeof(bad_ranges) / sizeof(bad_ranges[0]); i++)
        GUEST_CHECK_EQ(a9n_io_port_issue_range(com2, bad_ranges[i][0], bad_ranges[i][1],
                                               A9N_DESCRIPTOR_ROOT, free_index),
                       A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com2, COM2, 1, A9N_DESCRIPTOR_ROOT,
                                           UINT64_C(1) << fixture_root_radix),
                   A9N_ERROR_INDEX_OUT_OF_RANGE);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com2, COM2, 1, A9N_DESCRIPTOR_ROOT, A9N_ROOT_SLOT_NODE),
                   A9N_ERROR_SLOT_OCCUPIED);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com2, COM2, 1, A9N_DESCRIPTOR_INVALID, free_index),
                   A9N_ERROR_MALFORMED_DESCRIPTOR);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com2, COM2, 1, fixture_generic, 0),
                   A9N_ERROR_NOT_A_NODE);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com2, COM2, 1, scratch(2), 0), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(2), root_slot(A9N_ROOT_SLOT_NODE),
                                 A9N_RIGHT_READ),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(com2, COM2, 1, scratch(2), free_index),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(3), com2, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(scratch(3), COM2, 1, A9N_DESCRIPTOR_ROOT, free_index),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* Nothing was issued by any of them. */
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    fixture_end();
}

/* The kernel's own devices: no capability reaches their ports (the 8259s,
 * the IMCR, the PIT's gate, ELCR, the kernel's console COM1), not even the
 * root's all-ports one, and no interrupt port is issued for their lines (the
 * 8259's ExtINT, COM1). The debug-exit port stays grantable, and so do the
 * PIT's ports and line, which the kernel only uses at boot. */
void test_kernel_devices_refused(void)
{
    fixture_begin();
    static const uint16_t kernel_ports[] = {0x20, 0x21,  0x22,  0x23,  0x61,  0xa0,
                                            0xa1, 0x4d0, 0x4d1, 0x3f8, 0x3fd, 0x3ff};
    uint64_t value = 0;
    for (unsigned i = 0; i < sizeof(kernel_ports) / sizeof(kernel_ports[0]); i++) {
        uint16_t port = kernel_ports[i];
        GUEST_CHECK_EQ(a9n_io_port_read(io_ports(), port, 1, &value), A9N_ERROR_IN_USE);
        GUEST_CHECK_EQ(a9n_io_port_write(io_ports(), port, 1, 0), A9N_ERROR_IN_USE);
        GUEST_CHECK_EQ(
            a9n_io_port_issue_range(io_ports(), port, 1, A9N_DESCRIPTOR_ROOT, fixture_scratch),
            A9N_ERROR_IN_USE);
    }
    /* Wider accesses and ranges that only touch one are refused too. */
    GUEST_CHECK_EQ(a9n_io_port_read(io_ports(), 0x3f6, 4, &value), A9N_ERROR_IN_USE);
    GUEST_CHECK_EQ(a9n_io_port_read(io_ports(), 0x1e, 4, &value), A9N_ERROR_IN_USE);
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(io_ports(), 0x300, 0x100, A9N_DESCRIPTOR_ROOT, fixture_scratch),
        A9N_ERROR_IN_USE);
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(io_ports(), 0, 0x10000, A9N_DESCRIPTOR_ROOT, fixture_scratch),
        A9N_ERROR_IN_USE);
    GUEST_CHECK_EQ(slot_type(scratch(0)), A9N_OBJECT_NONE);
    /* Ports just beside them, and the test harness's debug-exit port, are not the kernel's. */
    GUEST_CHECK_EQ(a9n_io_port_read(io_ports(), 0x3f7, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(io_ports(), 0x3f4, 4, &value), A9N_OK);
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(io_ports(), 0xf4, 1, A9N_DESCRIPTOR_ROOT, fixture_scratch), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(io_ports(), 0x40, 4, A9N_DESCRIPTOR_ROOT, fixture_scratch), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(0), 0x40, 1, &value), A9N_OK);
    GUEST_CHECK_EQ(a9n_interrupt_region_issue_port(interrupt_region(), 2, A9N_DESCRIPTOR_ROOT,
                                                   fixture_scratch + 1),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(1)), A9N_OK);
    static const unsigned kernel_lines[] = {0, 4};
    for (unsigned i = 0; i < sizeof(kernel_lines) / sizeof(kernel_lines[0]); i++)
        GUEST_CHECK_EQ(a9n_interrupt_region_issue_port(interrupt_region(), kernel_lines[i],
                                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + 1),
                       A9N_ERROR_IN_USE);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    fixture_end();
}
