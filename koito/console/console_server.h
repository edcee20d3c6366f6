/*
 * The console server (KOITO server): serves every process's terminal over
 * the user-level serial driver (koito/drivers/serial), speaking the console
 * protocol (koito/protocol/console.json).
 *
 * Two threads, two ports, one device:
 *   output thread  serves write, flush and get_attributes on the output port;
 *                  each client's output is kept line by line
 *                  (console_output.c), so lines never mix
 *   input thread   serves read_line, input_ready, get_attributes, set_attributes and
 *                  signal_to on the input port; while a reader waits it takes bytes
 *                  from the UART, edits the line (line_discipline.c) and echoes;
 *                  other readers queue on the port meanwhile, and writers are not
 *                  held up. The UART's interrupt notification is bound to this
 *                  thread, so bytes typed while nobody reads are taken too: they
 *                  wait in the line discipline's queue (edited and echoed when
 *                  read), and ^C or ^\ signals the POSIX server's notification
 *                  for it (signal_to), which sends SIGINT or SIGQUIT to the
 *                  console's foreground process group. That notification is all
 *                  the console holds of the POSIX server: it can make the server
 *                  signal the foreground group, nothing else. A reader waiting
 *                  when ^C comes gets interrupted.
 * A reply can only go to the last caller a thread received, so a reader that
 * waits for the keyboard must have a thread of its own. A notification used
 * as a lock keeps echo and output lines from mixing on the wire.
 *
 * Clients are told apart by the badge of their capability: client number in
 * the 32 bits from KOITO_CONSOLE_CLIENT_SHIFT (KOITO init puts the process id
 * there), stream (KOITO_CONSOLE_STREAM_*) in the 2 bits from
 * KOITO_CONSOLE_STREAM_SHIFT, rights (KOITO_CONSOLE_RIGHT_*) in the low bits.
 * A process's stdin is a capability to the input port, its stdout and stderr
 * two to the output port, all with its client number; each output stream has
 * its own line, so not even a program's own stdout and stderr mix inside a
 * line. A read_line sends its client's unfinished output and error lines
 * first: the prompt comes before the echo.
 */
#ifndef KOITO_CONSOLE_SERVER_H
#define KOITO_CONSOLE_SERVER_H

#include "console_output.h"
#include "line_discipline.h"
#include "serial_console.h"

#include <a9n/a9n.h>
#include <koito/server.h>

struct console_server_config {
    a9n_descriptor_t output_port; /* READ: the output thread receives and replies on it */
    a9n_descriptor_t input_port;  /* READ: the input thread receives and replies on it */
    a9n_descriptor_t lock;        /* a notification of the server's alone, READ and WRITE */
    /* Empty slots: where signal_to keeps the notification of each KOITO_CONSOLE_SIGNAL_*, and
     * where a request's capability arrives. */
    a9n_descriptor_t signal_slots[2];
    a9n_descriptor_t receive_slot;
};

struct console_server {
    struct console_server_config config;
    struct serial_console serial; /* set up by serial_console_init before console_server_init */
    struct console_output output; /* under the lock */
    struct line_discipline line;  /* the input thread's */
    uint64_t attributes;          /* KOITO_CONSOLE_ATTRIBUTE_*, under the lock */
    /* The input thread's: signal_to named the notification of each KOITO_CONSOLE_SIGNAL_*. */
    bool signal_named[2];
    bool signals; /* the input thread's: KOITO_CONSOLE_ATTRIBUTE_SIGNALS is set */
    uint8_t echo[LINE_DISCIPLINE_ECHO_MAX];
    struct koito_server output_loop;
    struct koito_server input_loop;
};

/* Set the server up over an initialised serial driver; the lock is made
 * free. Returns the kernel's error of signalling the lock. */
enum a9n_error console_server_init(struct console_server *server,
                                   const struct console_server_config *config,
                                   const struct serial_console *serial);

/* The two threads' loops, each run on its own thread with that thread's IPC
 * buffer; each returns only when its port goes away. */
enum a9n_error console_server_run_output(struct console_server *server, uint64_t *ipc_buffer);
enum a9n_error console_server_run_input(struct console_server *server, uint64_t *ipc_buffer);

#endif
