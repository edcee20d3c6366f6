/*
 * The console server program (KOITO server): a process KOITO init starts first (role = console in
 * the boot configuration), which serves every other program's standard streams.
 *
 * Its capabilities, found by name (<koito/capabilities.h>):
 *   serial            COM2's eight I/O ports (COM1 is the kernel's)
 *   serial-interrupt  COM2's interrupt line
 *   console-output    the output port, to receive on (init mints every program's stdout and
 *   console-input     stderr from the first, its stdin from the second)
 * It makes the rest from its own memory: the interrupt's notification (badged, as the serial
 * driver wants, and bound to the input thread), the lock, the input thread and three slots for
 * the POSIX server's signal notifications and the one they arrive in. Its own standard streams
 * are the kernel's debug capability (it cannot be its own client): what it says about itself
 * goes there. It exits with status 1, saying why, if a capability is missing or the device
 * cannot be set up.
 */
#include "console_server.h"

#include <koito/boot.h>
#include <koito/capabilities.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/protocol.h>
#include <koito/slots.h>
#include <koito/thread.h>
#include <stdio.h>

#define CONSOLE_INTERRUPT_BADGE 1u

static struct console_server console_server;

static void console_input_main(void *unused)
{
    (void)unused;
    enum a9n_error error = console_server_run_input(&console_server, koito_ipc_buffer());
    printf("koito-console: input port went away (%s)\n", koito_a9n_error_name(error));
}

/* The interrupt's notification, badged, and the lock: made from the program's memory. */
static enum a9n_error console_notifications(a9n_descriptor_t *interrupt, a9n_descriptor_t *lock)
{
    uint64_t first = 0;
    enum a9n_error error = koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 2, &first);
    if (error != A9N_OK)
        return error;
    uint64_t badged = koito_slot_allocate(1);
    if (badged == 0)
        return A9N_ERROR_INDEX_OUT_OF_RANGE;
    error = a9n_node_mint(koito_slot(KOITO_SLOT_NODE), koito_slot(badged), koito_slot(first),
                          A9N_RIGHT_READ | A9N_RIGHT_WRITE, CONSOLE_INTERRUPT_BADGE);
    *interrupt = koito_slot(badged);
    *lock = koito_slot(first + 1);
    return error;
}

static int console_fail(const char *what, enum a9n_error error)
{
    printf("koito-console: %s (%s)\n", what, koito_a9n_error_name(error));
    return 1;
}

int main(void)
{
    a9n_descriptor_t interrupt = A9N_DESCRIPTOR_INVALID, lock = A9N_DESCRIPTOR_INVALID;
    enum a9n_error error = console_notifications(&interrupt, &lock);
    if (error != A9N_OK)
        return console_fail("no memory for its notifications", error);
    struct serial_console serial;
    error = serial_console_init(&serial, koito_capability("serial"), SERIAL_CONSOLE_COM2,
                                koito_capability("serial-interrupt"), interrupt);
    if (error != A9N_OK)
        return console_fail("the serial port cannot be set up", error);
    uint64_t slots = koito_slot_allocate(3);
    if (slots == 0)
        return console_fail("no slots for the signal notifications", A9N_ERROR_INDEX_OUT_OF_RANGE);
    struct console_server_config config = {
        .output_port = koito_capability("console-output"),
        .input_port = koito_capability("console-input"),
        .lock = lock,
        .signal_slots = {koito_slot(slots), koito_slot(slots + 1)},
        .receive_slot = koito_slot(slots + 2),
    };
    error = console_server_init(&console_server, &config, &serial);
    static struct koito_thread input;
    if (error == A9N_OK)
        error = koito_thread_create(&input, console_input_main, NULL);
    /* The UART's interrupt reaches the input thread while it waits for requests too. */
    if (error == A9N_OK)
        error = a9n_thread_bind_notification(koito_slot(input.thread_slot), interrupt);
    if (error != A9N_OK)
        return console_fail("cannot start", error);
    error = console_server_run_output(&console_server, koito_ipc_buffer());
    return console_fail("output port went away", error);
}
