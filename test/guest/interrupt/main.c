/*
 * The interrupt suite: in-guest tests of interrupt regions, interrupt ports,
 * I/O port capabilities and the serial console driver through real kernel
 * calls, run as the root program of a PVH boot on microvm (whose second ISA
 * serial port, COM2 at 0x2f8 on line 3, which koito-run adds, is the device
 * under test: COM1 is the kernel's console, which no capability reaches).
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"issue port", test_issue_port},
    {"issue port errors", test_issue_port_errors},
    {"bind, unbind and acknowledge errors", test_bind_errors},
    {"notification deleted while bound", test_notification_deleted_while_bound},
    {"revoking the region deletes its ports", test_revoking_region_deletes_ports},
    {"an interrupt signals the notification", test_interrupt_signals_notification},
    {"an interrupt wakes a waiting thread", test_interrupt_wakes_waiter},
    {"I/O port read and write", test_io_port_read_write},
    {"I/O port access errors", test_io_port_access_errors},
    {"issue range narrows", test_issue_range},
    {"issue range errors", test_issue_range_errors},
    {"kernel-owned ports and lines are refused", test_kernel_devices_refused},
    {"serial console driver", test_serial_driver},
};

int main(void)
{
    return guest_test_run("interrupt", tests, sizeof(tests) / sizeof(tests[0]));
}
