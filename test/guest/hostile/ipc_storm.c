/*
 * The hostile suite's IPC storm: helper threads below the root server's
 * priority make deterministic random IPC calls at each other (call,
 * reply-receive, receive, send, reply, the non-blocking forms, notification
 * signal, wait and poll) on a few ports and a notification, through copies
 * of various rights and badges, with garbage descriptors, lengths, flags and
 * words, at priorities that change, so the IPC fast path both switches and
 * refuses. The main hostile runs cannot do this: the root server there never
 * blocks, so the fast path never runs.
 *
 * Each helper makes a batch of calls and suspends itself, so the root server
 * (dropped below them by let_lower_run) gets the processor back even if no
 * helper ever blocks; between rounds it signals, sends and cancels to
 * unstick blocked helpers. Threads left blocked are deleted by fixture_end().
 * The kernel's fast-path counter is printed before and after the storm
 * (tests.cmake checks the storm took it).
 */
#include "tests.h"

#include "../ipc/helpers.h"

#include <fixture.h>
#include <guest_debug.h>
#include <guest_test.h>

#define ROUNDS      1000u
#define BATCH       64u
/* Scratch slots helpers receive capabilities into (and call through). */
#define SLOT_INBOX  16u
#define INBOX_COUNT 8u

/* What each helper saw: calls that returned, of them OK, the largest error. */
static struct {
    volatile uint64_t returned;
    volatile uint64_t ok;
    volatile uint64_t worst;
} seen[HELPERS];

static uint64_t states[HELPERS];

static uint64_t next(unsigned i)
{
    return hostile_random(&states[i]);
}

/* Mostly the test's ports and notification, sometimes anything. */
static a9n_descriptor_t storm_descriptor(unsigned i)
{
    uint64_t pick = next(i);
    switch (pick % 8) {
    case 0:
        return next(i);
    case 1:
        return scratch(SLOT_INBOX + (unsigned)(pick >> 8) % INBOX_COUNT);
    case 2:
        return scratch((unsigned)(pick >> 8) % HELPERS); /* a thread: the wrong type */
    default:
        return scratch(SLOT_PORT + (unsigned)(pick >> 8) % (SLOT_RECEIVED - SLOT_PORT));
    }
}

static uint64_t storm_word(unsigned i)
{
    uint64_t pick = next(i);
    return pick % 3 ? (pick >> 8) % 16 : storm_descriptor(i);
}

/* Mostly plain register messages (the fast path's), sometimes a capability
 * to transfer or random flag bits above the length. */
static uint64_t storm_info(unsigned i)
{
    uint64_t pick = next(i);
    uint64_t flags = 0;
    if (pick % 8 == 0)
        flags = A9N_MESSAGE_CAPABILITY;
    else if (pick % 8 == 1)
        flags = next(i) << 32;
    return A9N_MESSAGE_INFO((pick >> 8) % 13, flags);
}

/* Calls and reply-receives are listed twice: they are the fast path's. */
static const uint64_t storm_operations[] = {
    A9N_IPC_PORT_CALL,
    A9N_IPC_PORT_CALL,
    A9N_IPC_PORT_REPLY_RECEIVE,
    A9N_IPC_PORT_REPLY_RECEIVE,
    A9N_IPC_PORT_RECEIVE,
    A9N_IPC_PORT_SEND,
    A9N_IPC_PORT_REPLY,
    A9N_IPC_PORT_SEND_NONBLOCKING,
    A9N_IPC_PORT_RECEIVE_NONBLOCKING,
    A9N_NOTIFICATION_PORT_SIGNAL,
    A9N_NOTIFICATION_PORT_WAIT,
    A9N_NOTIFICATION_PORT_POLL,
};

static void storm_call(unsigned i)
{
    uint64_t *buffer = helper_buffer(i);
    for (unsigned w = A9N_MESSAGE_REGISTERS; w < 12; w++)
        buffer[w] = storm_word(i);
    buffer[A9N_IPC_BUFFER_TRANSFER] = storm_descriptor(i);
    buffer[A9N_IPC_BUFFER_RECEIVE] = storm_descriptor(i);
    struct a9n_message m = {.info = storm_info(i)};
    for (unsigned w = 0; w < A9N_MESSAGE_REGISTERS; w++)
        m.words[w] = storm_word(i);
    uint64_t operation =
        storm_operations[next(i) % (sizeof(storm_operations) / sizeof(storm_operations[0]))];
    enum a9n_error error = a9n_message_call(storm_descriptor(i), operation, &m);
    seen[i].returned++;
    seen[i].ok += error == A9N_OK;
    if ((uint64_t)error > seen[i].worst)
        seen[i].worst = error;
}

/* Batches of calls at a random priority above the lowered root server's,
 * each ended by suspending itself until the root server's next round. */
static void storm_helper(uint64_t i)
{
    for (;;) {
        unsigned priority = PRIORITY_LOW + (unsigned)next((unsigned)i) % 28;
        a9n_thread_set_priority(scratch((unsigned)i), root_slot(A9N_ROOT_SLOT_THREAD), priority,
                                priority);
        for (unsigned k = 0; k < BATCH; k++)
            storm_call((unsigned)i);
        a9n_thread_suspend(scratch((unsigned)i));
    }
}

static void storm_objects(void)
{
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT2);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, 0x11);
    mint(SLOT_COPY2, SLOT_PORT, A9N_RIGHT_READ | A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, 0x22);
    mint(SLOT_COPY3, SLOT_PORT2, A9N_RIGHT_READ, 0);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    mint(SLOT_NOTIFICATION_COPY, SLOT_NOTIFICATION, A9N_RIGHT_WRITE, 0x4);
}

/* Between rounds: wake a waiter and a receiver of each port, and cancel
 * whatever one helper (in turn) is blocked in. */
static void storm_unstick(unsigned round)
{
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_NOTIFICATION)), A9N_OK);
    for (unsigned p = SLOT_PORT; p <= SLOT_PORT2; p++) {
        struct a9n_message m = {.info = A9N_MESSAGE_INFO(1, 0), .words = {round}};
        enum a9n_error error = a9n_ipc_port_send_nonblocking(scratch(p), &m);
        GUEST_CHECK(error == A9N_OK || error == A9N_ERROR_WOULD_BLOCK);
    }
    GUEST_CHECK_EQ(a9n_thread_suspend(scratch(round % HELPERS)), A9N_OK);
    for (unsigned i = 0; i < HELPERS; i++)
        GUEST_CHECK(a9n_thread_resume(scratch(i)) <= A9N_ERROR_CANCELLED);
}

/* Answer every call with its first word plus one. */
static void echo_server(uint64_t i)
{
    struct a9n_message m = {0};
    enum a9n_error error = a9n_ipc_port_receive(scratch(SLOT_PORT), &m);
    while (error == A9N_OK) {
        m.words[0]++;
        m.info = A9N_MESSAGE_INFO(1, 0);
        error = a9n_ipc_port_reply_receive(scratch(SLOT_PORT), &m);
    }
    helper_park(i);
}

/* After the storm: a fresh port and thread still talk. */
static void check_ping_pong(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    helper_start(0, echo_server, PRIORITY_HIGH);
    for (uint64_t round = 0; round < 10; round++) {
        struct a9n_message m = {.info = A9N_MESSAGE_INFO(1, 0), .words = {round}};
        GUEST_CHECK_EQ(a9n_ipc_port_call(scratch(SLOT_PORT), &m), A9N_OK);
        GUEST_CHECK_EQ(m.words[0], round + 1);
    }
    fixture_end();
}

void test_ipc_storm(void)
{
    ipc_begin();
    storm_objects();
    GUEST_CHECK_EQ(a9n_debug_print_counters(guest_debug()), A9N_OK);
    for (unsigned i = 0; i < HELPERS; i++) {
        seen[i].returned = seen[i].ok = seen[i].worst = 0;
        states[i] = 0x9e3779b97f4a7c15ull * (i + 1);
        helper_start(i, storm_helper, PRIORITY_LOW + i);
    }
    for (unsigned round = 0; round < ROUNDS; round++) {
        let_lower_run();
        storm_unstick(round);
    }
    GUEST_CHECK_EQ(a9n_debug_print_counters(guest_debug()), A9N_OK);
    uint64_t returned = 0, ok = 0;
    for (unsigned i = 0; i < HELPERS; i++) {
        GUEST_CHECK(seen[i].worst <= A9N_ERROR_CANCELLED);
        returned += seen[i].returned;
        ok += seen[i].ok;
    }
    GUEST_CHECK(returned > ROUNDS);
    GUEST_CHECK(ok > 0);
    fixture_end();
    check_root_intact();
    check_ping_pong();
}
