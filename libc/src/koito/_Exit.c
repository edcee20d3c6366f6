/*
 * _Exit(): end the program at once (libc, OS port).
 *
 * Under QEMU the status byte goes to the isa-debug-exit device at port 0xf4,
 * which ends QEMU with exit code (status << 1) | 1; koito-run turns that back
 * into the status. The code has 8 bits, so only 7 carry a status, and A9N
 * reports 126 and 127 itself: statuses outside 0..125 are sent as 125. User
 * code has no direct port access, so the byte goes through the root
 * program's I/O port capability (slot A9N_ROOT_SLOT_IO_PORTS of
 * <a9n/root_info.h>). If that write fails (no root info, the capability
 * moved away) or nothing ends the run (real hardware), the program says so
 * once and yields forever, since the walking-skeleton kernel cannot end a
 * thread.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define DEBUG_EXIT_PORT 0xf4
#define STATUS_MAX      125

_Noreturn void _Exit(int status)
{
    uint8_t code = status >= 0 && status <= STATUS_MAX ? (uint8_t)status : STATUS_MAX;
    const struct a9n_root_info *info = koito_root_info();
    char message[64];

    if (info) {
        a9n_descriptor_t io_ports =
            a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, info->node_radix, A9N_ROOT_SLOT_IO_PORTS);
        a9n_io_port_write(io_ports, DEBUG_EXIT_PORT, 1, code);
    }
    snprintf(message, sizeof message, "koito: program exited with status %d; halting\n", status);
    __koito_console_message(message);
    for (;;) {
        a9n_yield();
    }
}
