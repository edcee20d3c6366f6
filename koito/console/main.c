/*
 * The console server program (KOITO server): sets the serial driver and the
 * server up from the capabilities KOITO init gave it, starts the input
 * thread and serves output on the main thread.
 *
 * Its initial capabilities, in slots of its root node (CONSOLE_SLOT_*): the
 * output and input ports, COM1's I/O ports and interrupt port, a badged
 * notification for the interrupt, a notification for the lock, and a fresh
 * thread for input; its own node, address space and thread where
 * <a9n/root_info.h> puts them. Until the process model gives every program
 * an information block and libkoito starts threads, the node's radix comes
 * from the root info and the input thread is set up here; the program exits
 * with status 1, saying why, if a capability is missing.
 */
#include "console_server.h"

#include <koito/boot.h>
#include <koito/protocol.h>
#include <stdio.h>

#define CONSOLE_SLOT_OUTPUT_PORT  16u
#define CONSOLE_SLOT_INPUT_PORT   17u
#define CONSOLE_SLOT_IO_PORT      18u
#define CONSOLE_SLOT_INTERRUPT    19u
#define CONSOLE_SLOT_NOTIFICATION 20u
#define CONSOLE_SLOT_LOCK         21u
#define CONSOLE_SLOT_INPUT_THREAD 22u
#define CONSOLE_INPUT_STACK       16384u

static struct console_server console_server;
static uint64_t console_input_buffer[A9N_IPC_BUFFER_SIZE / 8] __attribute__((aligned(4096)));
static uint8_t console_input_stack[CONSOLE_INPUT_STACK] __attribute__((aligned(16)));
static unsigned console_radix;

static a9n_descriptor_t console_slot(unsigned index)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, console_radix, index);
}

static _Noreturn void console_input_main(void)
{
    enum a9n_error error = console_server_run_input(&console_server);
    printf("koito-console: input port went away (%s)\n", koito_a9n_error_name(error));
    for (;;)
        a9n_thread_suspend(console_slot(CONSOLE_SLOT_INPUT_THREAD));
}

/* Run console_input_main on the input thread, in this address space and
 * capability space, one priority below this thread. */
static enum a9n_error console_start_input(void)
{
    a9n_descriptor_t thread = console_slot(CONSOLE_SLOT_INPUT_THREAD);
    /* Entered like a function call: the stack pointer is 8 below a 16-byte boundary. */
    uint64_t stack = (uint64_t)(uintptr_t)(console_input_stack + CONSOLE_INPUT_STACK) - 8;
    enum a9n_error error = a9n_thread_configure(
        thread, console_slot(A9N_ROOT_SLOT_NODE), console_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
        (uint64_t)(uintptr_t)console_input_buffer, A9N_THREAD_NO_RESOLVER);
    if (error == A9N_OK)
        error = a9n_thread_write_registers(
            thread, A9N_X86_64_RIP, 2, (uint64_t)(uintptr_t)console_input_main, stack, 0, 0, 0, 0);
    if (error == A9N_OK)
        error = a9n_thread_set_priority(thread, console_slot(A9N_ROOT_SLOT_THREAD),
                                        A9N_ROOT_THREAD_PRIORITY - 1, A9N_ROOT_THREAD_PRIORITY - 1);
    if (error == A9N_OK)
        error = a9n_thread_resume(thread);
    return error;
}

int main(void)
{
    const struct a9n_root_info *info = koito_root_info();
    if (!info || info->node_radix < 5) {
        printf("koito-console: no root node of 32 slots or more\n");
        return 1;
    }
    console_radix = info->node_radix;
    struct serial_console serial;
    enum a9n_error error = serial_console_init(
        &serial, console_slot(CONSOLE_SLOT_IO_PORT), SERIAL_CONSOLE_COM1,
        console_slot(CONSOLE_SLOT_INTERRUPT), console_slot(CONSOLE_SLOT_NOTIFICATION));
    if (error != A9N_OK) {
        printf("koito-console: the serial port cannot be set up (%s)\n",
               koito_a9n_error_name(error));
        return 1;
    }
    struct console_server_config config = {
        .output_port = console_slot(CONSOLE_SLOT_OUTPUT_PORT),
        .input_port = console_slot(CONSOLE_SLOT_INPUT_PORT),
        .output_ipc_buffer = koito_ipc_buffer(),
        .input_ipc_buffer = console_input_buffer,
        .lock = console_slot(CONSOLE_SLOT_LOCK),
    };
    error = console_server_init(&console_server, &config, &serial);
    if (error == A9N_OK)
        error = console_start_input();
    if (error != A9N_OK) {
        printf("koito-console: cannot start (%s)\n", koito_a9n_error_name(error));
        return 1;
    }
    error = console_server_run_output(&console_server);
    printf("koito-console: output port went away (%s)\n", koito_a9n_error_name(error));
    return 1;
}
