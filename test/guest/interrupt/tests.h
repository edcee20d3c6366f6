/*
 * The tests of the interrupt suite, one group per file, and the helpers
 * they share (helpers.c).
 */
#ifndef KOITO_GUEST_INTERRUPT_TESTS_H
#define KOITO_GUEST_INTERRUPT_TESTS_H

#include <a9n/a9n.h>
#include <stdint.h>

/* A line no device of QEMU's microvm drives, so binding it never fires. */
#define QUIET_LINE 10u
#define COM2       0x2f8u
#define COM2_LINE  3u

/* The root server's interrupt region and I/O port capabilities. */
a9n_descriptor_t interrupt_region(void);
a9n_descriptor_t io_ports(void);

/* Convert a notification into scratch slot `slot` and mint a copy with
 * `badge` and `rights` into scratch slot `badged`. */
void make_notification(unsigned slot, unsigned badged, uint64_t badge, uint64_t rights);

/* Issue COM2's eight ports into scratch slot `slot`. */
void issue_com2(unsigned slot);

void test_issue_port(void);
void test_issue_port_errors(void);
void test_bind_errors(void);
void test_notification_deleted_while_bound(void);
void test_revoking_region_deletes_ports(void);
void test_interrupt_signals_notification(void);
void test_interrupt_wakes_waiter(void);
void test_io_port_read_write(void);
void test_io_port_access_errors(void);
void test_issue_range(void);
void test_issue_range_errors(void);
void test_kernel_devices_refused(void);
void test_serial_driver(void);

#endif
