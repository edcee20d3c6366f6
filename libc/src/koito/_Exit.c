/*
 * _Exit(): end the program at once (libc, OS port).
 *
 * A process started by KOITO init tells its supervisor (KOITO_SLOT_SUPERVISOR of <koito/process.h>)
 * with the exit request; the supervisor tears the whole process down and never replies. As POSIX
 * says, only the status's low 8 bits (0..KOITO_EXIT_STATUS_MAX) reach the waiting parent.
 *
 * The kernel's root program (raw mode: init itself, kernel tests) ends the QEMU run instead: the
 * status byte goes to the isa-debug-exit device at port 0xf4, which ends QEMU with exit code
 * (status << 1) | 1; koito-run turns that back into the status. The code has 8 bits, so only 7
 * carry a status, and A9N reports 126 and 127 itself: statuses outside 0..125 are sent as 125.
 * User code has no direct port access, so the byte goes through the root program's I/O port
 * capability (slot A9N_ROOT_SLOT_IO_PORTS of <a9n/root_info.h>).
 *
 * If nothing ends the program (the capability moved away, real hardware), it says so once and
 * suspends its thread.
 */
#include "port.h"
#include "signal_call.h"
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <koito/process.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define DEBUG_EXIT_PORT 0xf4
#define ROOT_STATUS_MAX 125

static void exit_to_supervisor(int status)
{
    /* Marked as a call that never ends: no signal handler runs once the program is ending. */
    __koito_call_enter(koito_ipc_buffer());
    uint64_t radix = koito_aux_value(KOITO_AUX_NODE_RADIX, 0);
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = KOITO_SUPERVISOR_EXIT;
    message.words[1] = (uint64_t)status & KOITO_EXIT_STATUS_MAX;
    a9n_ipc_port_call(a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, KOITO_SLOT_SUPERVISOR),
                      &message);
}

static void exit_to_machine(int status)
{
    const struct a9n_root_info *info = koito_root_info();
    uint8_t code = status >= 0 && status <= ROOT_STATUS_MAX ? (uint8_t)status : ROOT_STATUS_MAX;
    if (info) {
        a9n_descriptor_t io_ports =
            a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, info->node_radix, A9N_ROOT_SLOT_IO_PORTS);
        a9n_io_port_write(io_ports, DEBUG_EXIT_PORT, 1, code);
    }
}

/* The halting message, built by hand: snprintf would link the whole printf engine into every
 * program for a line that is almost never printed. */
static void say_halting(int status)
{
    static const char head[] = "koito: program exited with status ";
    static const char tail[] = "; halting\n";
    char message[sizeof head + 12 + sizeof tail];
    char digits[12];
    unsigned length = 0;
    unsigned magnitude = status < 0 ? 0u - (unsigned)status : (unsigned)status;
    do {
        digits[length++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (status < 0)
        digits[length++] = '-';
    char *cursor = message;
    memcpy(cursor, head, sizeof head - 1);
    cursor += sizeof head - 1;
    while (length > 0)
        *cursor++ = digits[--length];
    memcpy(cursor, tail, sizeof tail);
    __koito_console_message(message);
}

_Noreturn void _Exit(int status)
{
    if (koito_process_info() != NULL) {
        __koito_console_finish();
        exit_to_supervisor(status);
    } else
        exit_to_machine(status);
    say_halting(status);
    for (;;) {
        a9n_yield();
    }
}
