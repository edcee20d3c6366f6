/*
 * Helpers of the services suite; see services.h.
 */
#include "services.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"
#include "console_server.h"
#include "names_server.h"

#include <guest_test.h>
#include <koito/boot.h>
#include <koito/names.h>
#include <koito/protocol.h>
#include <koito/protocol/console.h>

#define UART_FCR     (SERIAL_CONSOLE_COM2 + 2)
#define UART_MCR     (SERIAL_CONSOLE_COM2 + 4)
#define MCR_KERNEL   0x03u /* DTR, RTS: what the kernel's console set */
#define FCR_KERNEL   0xc7u
#define IRQ_BADGE    0x1u
#define SERVICE_RW   (A9N_RIGHT_READ | A9N_RIGHT_WRITE)
#define CLIENT_A     1u
#define CLIENT_B     2u
#define CLIENT_OTHER 3u

static struct names_server names_server;
static struct console_server console_server;

uint64_t names_badge(uint64_t ns, uint64_t rights)
{
    return koito_names_badge(ns, rights);
}

struct koito_server *names_loop(void)
{
    return &names_server.loop;
}

a9n_descriptor_t names_node_slot(unsigned index)
{
    return a9n_descriptor_child(scratch(SLOT_NAMES_NODE), NAMES_RADIX, index);
}

static void names_thread(uint64_t unused)
{
    (void)unused;
    names_server_run(&names_server);
    for (;;)
        a9n_thread_suspend(
            a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, NAMES_RADIX, NAMES_NODE_THREAD));
}

/* Start thread `n` running entry in capability space `node`, with IPC
 * buffer `n` of the IPC helpers. */
static void services_thread_start(unsigned n, void (*entry)(uint64_t), a9n_descriptor_t node)
{
    a9n_descriptor_t thread = thread_make(n, n, entry, n, PRIORITY_LOW);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, node, root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
                                        (uint64_t)(uintptr_t)helper_buffer(n),
                                        A9N_THREAD_NO_RESOLVER),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
}

static void mint_client(unsigned slot, unsigned port, a9n_rights_t rights, uint64_t badge)
{
    GUEST_CHECK_EQ(a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(slot), scratch(port), rights, badge),
                   A9N_OK);
}

void names_begin(void)
{
    ipc_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, NAMES_RADIX, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + SLOT_NAMES_NODE,
                                       root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_OK);
    make_object(A9N_OBJECT_IPC_PORT, SLOT_NAMES_PORT);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, names_node_slot(NAMES_NODE_PORT),
                                 scratch(SLOT_NAMES_PORT), A9N_RIGHTS_ALL),
                   A9N_OK);
    uint64_t all = KOITO_NAMES_RIGHT_REGISTER | KOITO_NAMES_RIGHT_LOOKUP | KOITO_NAMES_RIGHT_DERIVE;
    a9n_rights_t send = A9N_RIGHT_WRITE | A9N_RIGHT_GRANT;
    mint_client(SLOT_NAMES_ALL, SLOT_NAMES_PORT, send, names_badge(1, all));
    mint_client(SLOT_NAMES_LOOKUP, SLOT_NAMES_PORT, send, names_badge(1, KOITO_NAMES_RIGHT_LOOKUP));
    mint_client(SLOT_NAMES_OTHER, SLOT_NAMES_PORT, send,
                names_badge(2, KOITO_NAMES_RIGHT_REGISTER | KOITO_NAMES_RIGHT_LOOKUP));
    mint_client(SLOT_NAMES_NONE, SLOT_NAMES_PORT, send, names_badge(1, 0));
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_OBJECT);

    struct names_server_config config = {
        .port = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, NAMES_RADIX, NAMES_NODE_PORT),
        .ipc_buffer = helper_buffer(THREAD_NAMES),
        .receive = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, NAMES_RADIX, NAMES_NODE_RECEIVE),
        .minted = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, NAMES_RADIX, NAMES_NODE_MINTED),
        .node_radix = NAMES_RADIX,
        .table_slot = NAMES_NODE_TABLE,
    };
    names_server_init(&names_server, &config);
    services_thread_start(THREAD_NAMES, names_thread, scratch(SLOT_NAMES_NODE));
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, names_node_slot(NAMES_NODE_THREAD),
                                 scratch(THREAD_NAMES), A9N_RIGHTS_ALL),
                   A9N_OK);
}

static void console_output_thread(uint64_t n)
{
    console_server_run_output(&console_server, helper_buffer((unsigned)n));
    helper_park(n);
}

static void console_input_thread(uint64_t n)
{
    console_server_run_input(&console_server, helper_buffer((unsigned)n));
    helper_park(n);
}

void console_begin(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_CONSOLE_OUTPUT);
    make_object(A9N_OBJECT_IPC_PORT, SLOT_CONSOLE_INPUT);
    GUEST_CHECK_EQ(a9n_interrupt_region_issue_port(root_slot(A9N_ROOT_SLOT_INTERRUPTS),
                                                   SERIAL_CONSOLE_COM2_LINE, A9N_DESCRIPTOR_ROOT,
                                                   fixture_scratch + SLOT_CONSOLE_INTERRUPT),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_issue_range(root_slot(A9N_ROOT_SLOT_IO_PORTS), SERIAL_CONSOLE_COM2,
                                           SERIAL_CONSOLE_PORTS, A9N_DESCRIPTOR_ROOT,
                                           fixture_scratch + SLOT_CONSOLE_IO),
                   A9N_OK);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_CONSOLE_IRQ);
    mint_client(SLOT_CONSOLE_IRQ_BADGED, SLOT_CONSOLE_IRQ, A9N_RIGHTS_ALL, IRQ_BADGE);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_CONSOLE_LOCK);
    /* As KOITO init mints a process's streams: client, stream, rights. */
    uint64_t client_a = (uint64_t)CLIENT_A << KOITO_CONSOLE_CLIENT_SHIFT;
    uint64_t output = (uint64_t)KOITO_CONSOLE_STREAM_OUTPUT << KOITO_CONSOLE_STREAM_SHIFT;
    mint_client(SLOT_OUT_A, SLOT_CONSOLE_OUTPUT, A9N_RIGHT_WRITE,
                client_a | output | KOITO_CONSOLE_RIGHT_WRITE);
    mint_client(SLOT_OUT_B, SLOT_CONSOLE_OUTPUT, A9N_RIGHT_WRITE,
                (uint64_t)CLIENT_B << KOITO_CONSOLE_CLIENT_SHIFT | output |
                    KOITO_CONSOLE_RIGHT_WRITE);
    mint_client(SLOT_IN_A, SLOT_CONSOLE_INPUT, A9N_RIGHT_WRITE,
                client_a | KOITO_CONSOLE_RIGHT_READ);
    mint_client(SLOT_OUT_READ_ONLY, SLOT_CONSOLE_OUTPUT, A9N_RIGHT_WRITE,
                (uint64_t)CLIENT_OTHER << KOITO_CONSOLE_CLIENT_SHIFT | KOITO_CONSOLE_RIGHT_READ);
    mint_client(SLOT_IN_NO_READ, SLOT_CONSOLE_INPUT, A9N_RIGHT_WRITE,
                client_a | KOITO_CONSOLE_RIGHT_WRITE);
    /* As init mints a POSIX server's standard input: with the terminal right and GRANT. */
    mint_client(SLOT_IN_TERMINAL, SLOT_CONSOLE_INPUT, A9N_RIGHT_WRITE | A9N_RIGHT_GRANT,
                client_a | KOITO_CONSOLE_RIGHT_READ | KOITO_CONSOLE_RIGHT_TERMINAL);
    mint_client(SLOT_IN_GRANT, SLOT_CONSOLE_INPUT, A9N_RIGHT_WRITE | A9N_RIGHT_GRANT,
                client_a | KOITO_CONSOLE_RIGHT_READ);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_CONSOLE_HANDED);

    struct serial_console serial;
    GUEST_CHECK_EQ(serial_console_init(&serial, scratch(SLOT_CONSOLE_IO), SERIAL_CONSOLE_COM2,
                                       scratch(SLOT_CONSOLE_INTERRUPT),
                                       scratch(SLOT_CONSOLE_IRQ_BADGED)),
                   A9N_OK);
    struct console_server_config config = {
        .output_port = scratch(SLOT_CONSOLE_OUTPUT),
        .input_port = scratch(SLOT_CONSOLE_INPUT),
        .lock = scratch(SLOT_CONSOLE_LOCK),
        .signal_slots = {scratch(SLOT_CONSOLE_SIGNALS), scratch(SLOT_CONSOLE_SIGNALS_QUIT)},
        .receive_slot = scratch(SLOT_CONSOLE_RECEIVE),
    };
    GUEST_CHECK_EQ(console_server_init(&console_server, &config, &serial), A9N_OK);
    services_thread_start(THREAD_CONSOLE_OUTPUT, console_output_thread,
                          root_slot(A9N_ROOT_SLOT_NODE));
    services_thread_start(THREAD_CONSOLE_INPUT, console_input_thread,
                          root_slot(A9N_ROOT_SLOT_NODE));
}

void console_end(void)
{
    GUEST_CHECK_EQ(serial_console_stop(&console_server.serial), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(SLOT_CONSOLE_IO), UART_MCR, 1, MCR_KERNEL), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(SLOT_CONSOLE_IO), UART_FCR, 1, FCR_KERNEL), A9N_OK);
    fixture_end();
}

uint64_t raw_request(a9n_descriptor_t service, const uint64_t *words, uint64_t length,
                     a9n_descriptor_t capability)
{
    uint64_t *buffer = koito_ipc_buffer();
    for (uint64_t i = 0; i < length; i++)
        buffer[i] = words[i];
    struct koito_protocol_exchange exchange = koito_protocol_exchange(length);
    exchange.transfer = capability;
    enum a9n_error error = koito_protocol_call(service, buffer, &exchange);
    if (error != A9N_OK)
        return error;
    return exchange.length ? buffer[0] : UINT64_MAX;
}
