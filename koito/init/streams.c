/*
 * The standard streams of every process and the console server behind them (KOITO init).
 *
 * When the boot configuration has a program with role = console, init makes the console's two IPC
 * ports (output and input, kept in bookkeeping slots for good), starts that program before every
 * other one and grants it the ports to receive on (grants.c: console-output, console-input). Every
 * program started afterwards gets in its standard stream slots capabilities that may only send to
 * those ports, badged with its process id as the console client, the stream and the one console
 * right the stream needs (<koito/process.h>, <koito/protocol/console.h>); a POSIX server's
 * standard input also carries the terminal right (and the kernel's GRANT), with which it hands
 * the console the notifications ^C and ^\ signal. A restarted console
 * server receives on the same ports, so the capabilities programs hold stay good.
 *
 * Without a console (none configured, or it could not start) and for the console server itself,
 * STDOUT and STDERR are copies of init's debug capability and STDIN is empty; a kernel without
 * the debug call leaves all three empty. KOITO_AUX_STREAMS tells the program which it got.
 */
#include "init.h"

#include <koito/protocol/console.h>
#include <stdio.h>

/* Whether the console's ports exist: the console server has been started once. */
static bool streams_console_ready;

a9n_descriptor_t init_console_port(enum koito_config_grant_kind kind)
{
    return init_book_slot(kind == KOITO_CONFIG_GRANT_CONSOLE_OUTPUT ? INIT_BOOK_CONSOLE_OUTPUT
                                                                    : INIT_BOOK_CONSOLE_INPUT);
}

enum koito_streams init_streams_kind(const struct koito_config_program *program)
{
    if (streams_console_ready && !program->is_console)
        return KOITO_STREAMS_CONSOLE;
    /* Whether the kernel gave init a debug capability never changes: asked once. */
    static enum koito_streams debug = KOITO_STREAMS_NONE;
    static bool asked;
    if (!asked) {
        enum a9n_object_type type = A9N_OBJECT_NONE;
        if (a9n_node_inspect(init_root_slot(A9N_ROOT_SLOT_NODE),
                             init_root_slot(A9N_ROOT_SLOT_DEBUG), &type, NULL, NULL) == A9N_OK &&
            type != A9N_OBJECT_NONE)
            debug = KOITO_STREAMS_DEBUG;
        asked = true;
    }
    return debug;
}

static enum a9n_error streams_mint(const struct init_process *process, unsigned slot, unsigned book,
                                   uint64_t stream, uint64_t right)
{
    uint64_t badge = (uint64_t)process->pid << KOITO_CONSOLE_CLIENT_SHIFT |
                     stream << KOITO_CONSOLE_STREAM_SHIFT | right;
    /* The terminal right comes with the kernel's GRANT: signal_to sends a notification along. */
    uint64_t rights =
        A9N_RIGHT_WRITE | ((right & KOITO_CONSOLE_RIGHT_TERMINAL) ? A9N_RIGHT_GRANT : 0);
    return a9n_node_mint(init_root_slot(A9N_ROOT_SLOT_NODE), init_process_slot(process, slot),
                         init_book_slot(book), rights, badge);
}

/* The console rights of a process's standard input: a POSIX server the configuration started
 * may also say where ^C and ^\ go (signal_to); nobody else may. */
static uint64_t streams_input_rights(const struct init_process *process)
{
    bool server = process->spawner == 0 && init.config.programs[process->program].is_posix;
    return KOITO_CONSOLE_RIGHT_READ | (server ? KOITO_CONSOLE_RIGHT_TERMINAL : 0);
}

enum a9n_error init_streams_give(const struct init_process *process, enum koito_streams kind)
{
    enum a9n_error error = A9N_OK;
    switch (kind) {
    case KOITO_STREAMS_CONSOLE:
        error = streams_mint(process, KOITO_SLOT_STDIN, INIT_BOOK_CONSOLE_INPUT,
                             KOITO_CONSOLE_STREAM_INPUT, streams_input_rights(process));
        if (error == A9N_OK)
            error = streams_mint(process, KOITO_SLOT_STDOUT, INIT_BOOK_CONSOLE_OUTPUT,
                                 KOITO_CONSOLE_STREAM_OUTPUT, KOITO_CONSOLE_RIGHT_WRITE);
        if (error == A9N_OK)
            error = streams_mint(process, KOITO_SLOT_STDERR, INIT_BOOK_CONSOLE_OUTPUT,
                                 KOITO_CONSOLE_STREAM_ERROR, KOITO_CONSOLE_RIGHT_WRITE);
        return error;
    case KOITO_STREAMS_DEBUG:
        for (unsigned stream = KOITO_SLOT_STDOUT; stream <= KOITO_SLOT_STDERR && !error; stream++)
            error = a9n_node_copy(init_root_slot(A9N_ROOT_SLOT_NODE),
                                  init_process_slot(process, stream),
                                  init_root_slot(A9N_ROOT_SLOT_DEBUG), A9N_RIGHTS_ALL);
        return error;
    case KOITO_STREAMS_NONE:
        break;
    }
    return A9N_OK;
}

void init_console_start(void)
{
    for (unsigned i = 0; i < init.config.program_count; i++) {
        const struct koito_config_program *program = &init.config.programs[i];
        if (!program->is_console)
            continue;
        enum a9n_error error = init_convert(A9N_OBJECT_IPC_PORT, 0, 1, INIT_BOOK_CONSOLE_OUTPUT);
        if (error == A9N_OK)
            error = init_convert(A9N_OBJECT_IPC_PORT, 0, 1, INIT_BOOK_CONSOLE_INPUT);
        if (error != A9N_OK) {
            printf("koito: %s: cannot make the console's ports (error %d)\n", program->name,
                   (int)error);
            return;
        }
        if (init_process_start(i, 0, 0) == 0) {
            printf("koito: %s: the console did not start; programs write to the kernel's "
                   "console\n",
                   program->name);
            return;
        }
        streams_console_ready = true;
        return;
    }
}

void init_console_ended(void)
{
    if (!streams_console_ready)
        return;
    /* Deleting the ports ends every call queued on them and every capability minted from them:
     * no program waits for a console that is gone, and new programs get the debug console. */
    a9n_descriptor_t node = init_root_slot(A9N_ROOT_SLOT_NODE);
    for (unsigned book = INIT_BOOK_CONSOLE_OUTPUT; book <= INIT_BOOK_CONSOLE_INPUT; book++) {
        a9n_node_revoke(node, init_book_slot(book));
        a9n_node_delete(node, init_book_slot(book));
    }
    streams_console_ready = false;
    printf("koito: the console is gone; programs started from now on write to the kernel's "
           "console\n");
}
