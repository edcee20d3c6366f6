/*
 * IPC-suite tests of IPC ports: calls and replies, badges, capability
 * transfer, nesting, deletion and suspension while blocked, and the error
 * of every operation.
 */
#include "../thread/threads.h"
#include "helpers.h"
#include "tests.h"

#include "../capability/fixture.h"

#include <guest_debug.h>
#include <guest_test.h>
#include <koito/boot.h>
#include <string.h>

/* Answer every call with each word plus one (buffer words too). */
static void echo_server(uint64_t i)
{
    struct a9n_message m = {0};
    enum a9n_error error = a9n_ipc_port_receive(scratch(SLOT_PORT), &m);
    while (error == A9N_OK) {
        uint64_t length = A9N_MESSAGE_LENGTH(m.info);
        for (unsigned w = 0; w < A9N_MESSAGE_REGISTERS; w++)
            m.words[w]++;
        for (uint64_t w = A9N_MESSAGE_REGISTERS; w < length; w++)
            helper_buffer((unsigned)i)[w]++;
        helper_report[i].badge = m.badge;
        m.info = A9N_MESSAGE_INFO(length, 0);
        error = a9n_ipc_port_reply_receive(scratch(SLOT_PORT), &m);
    }
    helper_record(i, error, &m);
    helper_park(i);
}

/* Record every message and answer it with an empty reply. */
static void recording_server(uint64_t i)
{
    helper_buffer((unsigned)i)[A9N_IPC_BUFFER_RECEIVE] = scratch(SLOT_RECEIVED);
    struct a9n_message m = {0};
    enum a9n_error error = a9n_ipc_port_receive(scratch(SLOT_PORT), &m);
    for (;;) {
        helper_record(i, error, &m);
        if (error != A9N_OK)
            helper_park(i);
        m.info = A9N_MESSAGE_INFO(0, 0);
        error = a9n_ipc_port_reply_receive(scratch(SLOT_PORT), &m);
    }
}

void test_ping_pong(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, 0x42);
    helper_start(0, echo_server, PRIORITY_HIGH);
    for (uint64_t round = 0; round < 100; round++) {
        struct a9n_message m = {.info = A9N_MESSAGE_INFO(3, 0), .words = {round, 20, 30}};
        GUEST_CHECK_EQ(a9n_ipc_port_call(scratch(SLOT_COPY), &m), A9N_OK);
        GUEST_CHECK_EQ(m.words[0], round + 1);
        GUEST_CHECK_EQ(m.words[2], 31);
        GUEST_CHECK_EQ(m.info, A9N_MESSAGE_INFO(3, 0));
        GUEST_CHECK_EQ(m.badge, 0);
    }
    GUEST_CHECK_EQ(helper_report[0].badge, 0x42);

    /* A message longer than the registers goes through both IPC buffers. */
    for (unsigned w = A9N_MESSAGE_REGISTERS; w < 40; w++)
        root_buffer()[w] = 1000 + w;
    struct a9n_message m = {.info = A9N_MESSAGE_INFO(40, 0), .words = {1, 2, 3, 4, 5, 6, 7, 8}};
    GUEST_CHECK_EQ(a9n_ipc_port_call(scratch(SLOT_COPY), &m), A9N_OK);
    GUEST_CHECK_EQ(m.info, A9N_MESSAGE_INFO(40, 0));
    GUEST_CHECK_EQ(m.words[7], 9);
    GUEST_CHECK_EQ(root_buffer()[8], 1009);
    GUEST_CHECK_EQ(root_buffer()[39], 1040);
    /* Register-sized calls and reply-receives take the fast path: the console
     * shows how often (tests.cmake checks it is not zero). */
    GUEST_CHECK_EQ(a9n_debug_print_counters(guest_debug()), A9N_OK);
    fixture_end();
}

/* Call through scratch(SLOT_COPY + i) with word i; record the reply. */
static void badged_client(uint64_t i)
{
    struct a9n_message m = {.info = A9N_MESSAGE_INFO(1, 0), .words = {i}};
    enum a9n_error error = a9n_ipc_port_call(scratch(SLOT_COPY + (unsigned)i), &m);
    helper_record(i, error, &m);
    helper_park(i);
}

void test_badges_tell_clients_apart(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    for (unsigned i = 0; i < 3; i++) {
        mint(SLOT_COPY + i, SLOT_PORT, A9N_RIGHT_WRITE, (i + 1) * 16);
        helper_start(i, badged_client, PRIORITY_LOW);
    }
    struct a9n_message m = {0};
    GUEST_CHECK_EQ(a9n_ipc_port_receive(scratch(SLOT_PORT), &m), A9N_OK);
    for (unsigned k = 0; k < 3; k++) {
        GUEST_CHECK_EQ(m.badge, (m.words[0] + 1) * 16);
        m.words[0] = m.badge;
        m.info = A9N_MESSAGE_INFO(1, 0);
        enum a9n_error error = k < 2 ? a9n_ipc_port_reply_receive(scratch(SLOT_PORT), &m)
                                     : a9n_ipc_port_reply(scratch(SLOT_PORT), &m);
        GUEST_CHECK_EQ(error, A9N_OK);
    }
    let_lower_run();
    for (unsigned i = 0; i < 3; i++) {
        GUEST_CHECK_EQ(helper_report[i].done, 1);
        GUEST_CHECK_EQ(helper_report[i].error, A9N_OK);
        GUEST_CHECK_EQ(helper_report[i].words[0], (i + 1) * 16);
    }
    fixture_end();
}

void test_capability_transfer(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_READ | A9N_RIGHT_WRITE, 0);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    helper_start(0, recording_server, PRIORITY_HIGH);
    const uint64_t info = A9N_MESSAGE_INFO(1, A9N_MESSAGE_CAPABILITY);

    /* Without GRANT nothing moves. */
    root_buffer()[A9N_IPC_BUFFER_TRANSFER] = scratch(SLOT_NOTIFICATION);
    struct a9n_message m = {.info = info};
    GUEST_CHECK_EQ(a9n_ipc_port_send(scratch(SLOT_COPY), &m), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(helper_report[0].count, 0);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_RECEIVED)), A9N_OBJECT_NONE);

    /* A bad capability to send is the sender's error, and nothing is sent. */
    root_buffer()[A9N_IPC_BUFFER_TRANSFER] = scratch(SLOT_RECEIVED);
    m.info = info;
    GUEST_CHECK_EQ(a9n_ipc_port_send(scratch(SLOT_PORT), &m), A9N_ERROR_EMPTY_SLOT);
    root_buffer()[A9N_IPC_BUFFER_TRANSFER] = fixture_generic;
    m.info = info;
    GUEST_CHECK_EQ(a9n_ipc_port_send(scratch(SLOT_PORT), &m), A9N_ERROR_NOT_DERIVABLE);
    root_buffer()[A9N_IPC_BUFFER_TRANSFER] = A9N_DESCRIPTOR_INVALID;
    m.info = info;
    GUEST_CHECK_EQ(a9n_ipc_port_call(scratch(SLOT_PORT), &m), A9N_ERROR_MALFORMED_DESCRIPTOR);
    GUEST_CHECK_EQ(helper_report[0].count, 0);

    /* With GRANT the capability arrives in the slot the receiver named. */
    root_buffer()[A9N_IPC_BUFFER_TRANSFER] = scratch(SLOT_NOTIFICATION);
    m = (struct a9n_message){.info = info, .words = {5}};
    GUEST_CHECK_EQ(a9n_ipc_port_send(scratch(SLOT_PORT), &m), A9N_OK);
    GUEST_CHECK_EQ(helper_report[0].count, 1);
    GUEST_CHECK_EQ(helper_report[0].info, info);
    GUEST_CHECK_EQ(helper_report[0].words[0], 5);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_RECEIVED)), A9N_OBJECT_NOTIFICATION_PORT);

    /* That slot is full now: the next message arrives without a capability. */
    m = (struct a9n_message){.info = info, .words = {6}};
    GUEST_CHECK_EQ(a9n_ipc_port_send(scratch(SLOT_PORT), &m), A9N_OK);
    GUEST_CHECK_EQ(helper_report[0].count, 2);
    GUEST_CHECK_EQ(helper_report[0].info, A9N_MESSAGE_INFO(1, 0));
    fixture_end();
}

/* On SLOT_PORT: call SLOT_PORT2 with the word plus one, reply its answer plus one. */
static void relay_server(uint64_t i)
{
    struct a9n_message m = {0};
    enum a9n_error error = a9n_ipc_port_receive(scratch(SLOT_PORT), &m);
    while (error == A9N_OK) {
        struct a9n_message inner = {.info = A9N_MESSAGE_INFO(1, 0), .words = {m.words[0] + 1}};
        helper_report[i].error = a9n_ipc_port_call(scratch(SLOT_PORT2), &inner);
        m.info = A9N_MESSAGE_INFO(1, 0);
        m.words[0] = inner.words[0] + 1;
        error = a9n_ipc_port_reply_receive(scratch(SLOT_PORT), &m);
    }
    helper_park(i);
}

/* On SLOT_PORT2: answer the word plus 100. */
static void adding_server(uint64_t i)
{
    struct a9n_message m = {0};
    enum a9n_error error = a9n_ipc_port_receive(scratch(SLOT_PORT2), &m);
    while (error == A9N_OK) {
        m.info = A9N_MESSAGE_INFO(1, 0);
        m.words[0] += 100;
        error = a9n_ipc_port_reply_receive(scratch(SLOT_PORT2), &m);
    }
    helper_park(i);
}

void test_nested_calls(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT2);
    helper_start(0, relay_server, PRIORITY_HIGH);
    helper_start(1, adding_server, PRIORITY_HIGH + 10);
    for (uint64_t round = 0; round < 10; round++) {
        struct a9n_message m = {.info = A9N_MESSAGE_INFO(1, 0), .words = {round}};
        GUEST_CHECK_EQ(a9n_ipc_port_call(scratch(SLOT_PORT), &m), A9N_OK);
        GUEST_CHECK_EQ(m.words[0], round + 102);
        GUEST_CHECK_EQ(helper_report[0].error, A9N_OK);
    }
    fixture_end();
}

void test_delete_port_while_blocked(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    helper_start(0, recording_server, PRIORITY_HIGH);
    GUEST_CHECK_EQ(helper_report[0].count, 0);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(SLOT_PORT)), A9N_OK);
    GUEST_CHECK_EQ(helper_report[0].count, 1);
    GUEST_CHECK_EQ(helper_report[0].error, A9N_ERROR_OBJECT_DELETED);
    GUEST_CHECK_EQ(helper_report[0].done, 1);
    fixture_end();
}

/* Take one call and suspend without replying. */
static void vanishing_server(uint64_t i)
{
    struct a9n_message m = {0};
    helper_record(i, a9n_ipc_port_receive(scratch(SLOT_PORT), &m), &m);
    helper_park(i);
}

void test_server_suspended_during_call(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    helper_start(0, vanishing_server, PRIORITY_HIGH);
    struct a9n_message m = {.info = A9N_MESSAGE_INFO(1, 0), .words = {9}};
    GUEST_CHECK_EQ(a9n_ipc_port_call(scratch(SLOT_PORT), &m), A9N_ERROR_OBJECT_DELETED);
    GUEST_CHECK_EQ(helper_report[0].words[0], 9);
    GUEST_CHECK_EQ(helper_report[0].done, 1);
    fixture_end();
}

/* Take one call, then wait on the second port without replying. */
static void owing_server(uint64_t i)
{
    struct a9n_message m = {0};
    helper_record(i, a9n_ipc_port_receive(scratch(SLOT_PORT), &m), &m);
    helper_report[i].done = 1;
    m.info = 0;
    a9n_ipc_port_receive(scratch(SLOT_PORT2), &m);
    helper_park(i);
}

/* Call the port once with one word; record the outcome. */
static void calling_client(uint64_t i)
{
    struct a9n_message m = {.info = A9N_MESSAGE_INFO(1, 0), .words = {i}};
    helper_record(i, a9n_ipc_port_call(scratch(SLOT_PORT), &m), &m);
    helper_park(i);
}

void test_delete_threads_while_blocked(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT2);
    struct a9n_message m = {0};

    /* A caller queued on the port leaves the queue with its thread. */
    helper_start(0, calling_client, PRIORITY_HIGH);
    GUEST_CHECK_EQ(helper_report[0].done, 0);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);
    m.info = 0;
    GUEST_CHECK_EQ(a9n_ipc_port_receive_nonblocking(scratch(SLOT_PORT), &m), A9N_ERROR_WOULD_BLOCK);

    /* So does a receiver. */
    helper_start(1, vanishing_server, PRIORITY_HIGH);
    GUEST_CHECK_EQ(helper_report[1].done, 0);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(1)), A9N_OK);
    m = (struct a9n_message){.info = A9N_MESSAGE_INFO(0, 0)};
    GUEST_CHECK_EQ(a9n_ipc_port_send_nonblocking(scratch(SLOT_PORT), &m), A9N_ERROR_WOULD_BLOCK);

    /* A caller waiting for the reply of a server that is deleted wakes with an error. */
    helper_start(2, owing_server, PRIORITY_HIGH);
    helper_start(3, calling_client, PRIORITY_HIGH);
    GUEST_CHECK_EQ(helper_report[2].done, 1);
    GUEST_CHECK_EQ(helper_report[2].words[0], 3);
    GUEST_CHECK_EQ(helper_report[3].done, 0);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(2)), A9N_OK);
    GUEST_CHECK_EQ(helper_report[3].done, 1);
    GUEST_CHECK_EQ(helper_report[3].error, A9N_ERROR_OBJECT_DELETED);
    fixture_end();
}

/* A fresh one-word message (every call below sets its own, as a failed
 * call may leave anything in the info and badge it returns). */
static struct a9n_message *one_word(struct a9n_message *m, uint64_t length)
{
    *m = (struct a9n_message){.info = A9N_MESSAGE_INFO(length, 0), .words = {1}};
    return m;
}

void test_port_errors(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_READ, 0);
    mint(SLOT_COPY2, SLOT_PORT, A9N_RIGHT_WRITE, 0);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    a9n_descriptor_t port = scratch(SLOT_PORT), read_only = scratch(SLOT_COPY),
                     write_only = scratch(SLOT_COPY2);
    struct a9n_message m;

    GUEST_CHECK_EQ(a9n_ipc_port_send_nonblocking(port, one_word(&m, 1)), A9N_ERROR_WOULD_BLOCK);
    GUEST_CHECK_EQ(a9n_ipc_port_receive_nonblocking(port, one_word(&m, 0)), A9N_ERROR_WOULD_BLOCK);
    const uint64_t too_long = A9N_IPC_MAX_LENGTH + 1;
    GUEST_CHECK_EQ(a9n_ipc_port_send(port, one_word(&m, too_long)), A9N_ERROR_MESSAGE_TOO_LONG);
    GUEST_CHECK_EQ(a9n_ipc_port_call(port, one_word(&m, too_long)), A9N_ERROR_MESSAGE_TOO_LONG);
    GUEST_CHECK_EQ(a9n_ipc_port_send_nonblocking(port, one_word(&m, too_long)),
                   A9N_ERROR_MESSAGE_TOO_LONG);

    GUEST_CHECK_EQ(a9n_ipc_port_send(read_only, one_word(&m, 1)), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_ipc_port_call(read_only, one_word(&m, 1)), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_ipc_port_send_nonblocking(read_only, one_word(&m, 1)),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_ipc_port_receive(write_only, one_word(&m, 0)),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_ipc_port_reply(write_only, one_word(&m, 1)), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_ipc_port_reply_receive(write_only, one_word(&m, 1)),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_ipc_port_receive_nonblocking(write_only, one_word(&m, 0)),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_ipc_port_send(scratch(SLOT_NOTIFICATION), one_word(&m, 1)),
                   A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_ipc_port_receive(scratch(SLOT_RECEIVED), one_word(&m, 0)),
                   A9N_ERROR_EMPTY_SLOT);

    /* A reply with nobody waiting for it does nothing. */
    GUEST_CHECK_EQ(a9n_ipc_port_reply(read_only, one_word(&m, 1)), A9N_OK);
    GUEST_CHECK_EQ(m.info, 0);
    GUEST_CHECK_EQ(m.badge, 0);
    /* Nothing was left queued by any of the above. */
    GUEST_CHECK_EQ(a9n_ipc_port_receive_nonblocking(port, one_word(&m, 0)), A9N_ERROR_WOULD_BLOCK);
    fixture_end();
}

/* The badge of a capability in the scratch slot `slot`. */
static uint64_t badge_of(unsigned slot)
{
    enum a9n_object_type type;
    a9n_rights_t rights;
    uint64_t badge;
    GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR_ROOT, scratch(slot), &type, &rights, &badge),
                   A9N_OK);
    return badge;
}

/* A badge is set once: minting from a badged capability with another badge
 * is refused (whoever holds a client's capability cannot pose as another
 * client), and a mint with badge 0 keeps the badge. */
void test_badge_set_once(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHTS_ALL, 0x42);
    mint(SLOT_NOTIFICATION_COPY, SLOT_NOTIFICATION, A9N_RIGHTS_ALL, 0x4);
    const unsigned badged[] = {SLOT_COPY, SLOT_NOTIFICATION_COPY};
    for (unsigned k = 0; k < 2; k++) {
        uint64_t badge = badge_of(badged[k]);
        GUEST_CHECK_EQ(a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(SLOT_COPY2), scratch(badged[k]),
                                     A9N_RIGHTS_ALL, 0x99),
                       A9N_ERROR_INVALID_ARGUMENT);
        GUEST_CHECK_EQ(a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(SLOT_COPY2), scratch(badged[k]),
                                     A9N_RIGHTS_ALL, badge),
                       A9N_ERROR_INVALID_ARGUMENT);
        mint(SLOT_COPY2, badged[k], A9N_RIGHTS_ALL, 0);
        GUEST_CHECK_EQ(badge_of(SLOT_COPY2), badge);
        GUEST_CHECK_EQ(a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(SLOT_COPY3), scratch(SLOT_COPY2),
                                     A9N_RIGHTS_ALL, 0x77),
                       A9N_ERROR_INVALID_ARGUMENT);
        GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(SLOT_COPY2)), A9N_OK);
    }
    /* The badged copy still names the port under its own badge. */
    GUEST_CHECK_EQ(badge_of(SLOT_COPY), 0x42);
    fixture_end();
}

/* Receive one message (in whatever IPC buffer the thread was given), record it, park. */
static void receive_once(uint64_t i)
{
    struct a9n_message m = {0};
    enum a9n_error error = a9n_ipc_port_receive(scratch(SLOT_PORT), &m);
    helper_record(i, error, &m);
    helper_park(i);
}

/* Send a 40-word message to helper 0, whose IPC buffer is at `buffer`. */
static void send_long_to(uint64_t buffer)
{
    a9n_descriptor_t thread = thread_make(0, 0, receive_once, 0, PRIORITY_HIGH);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE),
                                        root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE), buffer,
                                        A9N_THREAD_NO_RESOLVER),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
    for (unsigned w = A9N_MESSAGE_REGISTERS; w < 40; w++)
        root_buffer()[w] = 0x5a5a0000u + w;
    struct a9n_message m = {.info = A9N_MESSAGE_INFO(40, 0), .words = {1, 2, 3}};
    GUEST_CHECK_EQ(a9n_ipc_port_send(scratch(SLOT_PORT), &m), A9N_OK);
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[0].done, 1);
}

/* A receiver whose IPC buffer is read-only or unmapped gets
 * A9N_ERROR_MESSAGE_TOO_LONG for a long message, and the kernel writes
 * nothing into its buffer (an IPC buffer is one aligned page, so it is
 * mapped writable as a whole or not at all). */
void test_receiver_buffer_not_writable(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    /* The root server's copy of the boot-info blob is mapped read-only. */
    const struct a9n_boot_info *info = koito_boot_info();
    static uint8_t before[A9N_IPC_BUFFER_SIZE];
    memcpy(before, info, sizeof(before));
    send_long_to((uint64_t)(uintptr_t)info);
    GUEST_CHECK_EQ(helper_report[0].error, A9N_ERROR_MESSAGE_TOO_LONG);
    GUEST_CHECK_EQ(memcmp(before, info, sizeof(before)), 0);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);

    /* An unmapped page (the one above the root server's IPC buffer is a guard). */
    helper_report[0].done = 0;
    helper_report[0].error = 0;
    send_long_to((uint64_t)(uintptr_t)root_buffer() + A9N_IPC_BUFFER_SIZE);
    GUEST_CHECK_EQ(helper_report[0].error, A9N_ERROR_MESSAGE_TOO_LONG);
    fixture_end();
}

/* Execute an invalid instruction; go on only if the resolver skips it. */
static void faulting_thread(uint64_t i)
{
    __asm__ volatile("ud2");
    helper_park(i);
}

void test_fault_to_resolver(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, 0x77);
    helper_start(0, faulting_thread, PRIORITY_LOW);
    GUEST_CHECK_EQ(a9n_thread_configure(scratch(0), root_slot(A9N_ROOT_SLOT_NODE),
                                        root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
                                        (uint64_t)(uintptr_t)helper_buffer(0), scratch(SLOT_COPY)),
                   A9N_OK);
    struct a9n_message m = {0};
    GUEST_CHECK_EQ(a9n_ipc_port_receive(scratch(SLOT_PORT), &m), A9N_OK);
    GUEST_CHECK_EQ(m.badge, 0x77);
    GUEST_CHECK_EQ(m.info, A9N_MESSAGE_INFO(A9N_FAULT_MESSAGE_LENGTH, A9N_MESSAGE_FAULT));
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_INVALID_INSTRUCTION);
    uint64_t entry = (uint64_t)(uintptr_t)faulting_thread;
    GUEST_CHECK(m.words[2] > entry && m.words[2] < entry + 64);
    uint64_t rip = 0;
    GUEST_CHECK_EQ(
        a9n_thread_read_registers(scratch(0), A9N_X86_64_RIP, 1, &rip, 0, 0, 0, 0, 0, 0, 0),
        A9N_OK);
    GUEST_CHECK_EQ(rip, m.words[2]);
    /* Skip the two-byte ud2 and resume the thread. */
    resume_past_fault(scratch(0), scratch(SLOT_PORT), rip, 2);
    fixture_end();
}
