/*
 * Host tests of the IPC fast path (a9n/kernel/fastpath.c): it is taken for
 * register-sized call and reply-receive with a partner ready, it leaves every
 * thread exactly as the general path would (through sched_run() when the
 * scheduler would not run the partner next), and it refuses (changing
 * nothing) whenever a check fails, so the general path runs instead.
 *
 * Layer: host tests only (fake_kernel.c stands in for the rest of the kernel).
 */
#include "world_view.h"

#include <check.h>
#include <kernel/derivation.h>
#include <string.h>

enum { SERVER, CLIENT, OTHER };
enum { PORT = 1, PORT_BADGED = 2, PORT_READ = 3, PORT_WRITE = 4, NOTIFICATION = 5, EMPTY = 6 };

static void setup(void)
{
    world_init();
    world_new_port(PORT);
    world_mint(PORT_BADGED, PORT, A9N_RIGHTS_ALL, 0x5a);
    world_mint(PORT_READ, PORT, A9N_RIGHT_READ, 0);
    world_mint(PORT_WRITE, PORT, A9N_RIGHT_WRITE, 0);
    world_new_notification(NOTIFICATION);
}

/* A server waiting in receive, then a call of `length` words from a client of `priority` (the
 * server's is 0). */
static void ping_pong(bool fast, unsigned length, uint8_t priority,
                      struct thread_view after_call[WORLD_THREADS],
                      struct thread_view after_reply[WORLD_THREADS])
{
    setup();
    world_thread(CLIENT)->priority = priority;
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    const uint64_t *message = WORDS(1, 2, 3, 4, 5, 6, 7, 8);
    const uint64_t *reply = WORDS(11, 12, 13, 14, 15, 16, 17, 18);
    uint64_t call = A9N_IPC_PORT_CALL, reply_receive = A9N_IPC_PORT_REPLY_RECEIVE;
    if (fast) {
        CHECK(world_fastpath(CLIENT, PORT_BADGED, call, A9N_MESSAGE_INFO(length, 0), message));
    } else {
        world_ipc(CLIENT, PORT_BADGED, call, A9N_MESSAGE_INFO(length, 0), message);
    }
    view_threads(after_call);
    if (fast) {
        CHECK(world_fastpath(SERVER, PORT, reply_receive, A9N_MESSAGE_INFO(length, 0), reply));
    } else {
        world_ipc(SERVER, PORT, reply_receive, A9N_MESSAGE_INFO(length, 0), reply);
    }
    view_threads(after_reply);
    world_fini();
}

static void test_fast_path_matches_general_path(void)
{
    for (unsigned length = 0; length <= A9N_MESSAGE_REGISTERS; length += 4) {
        struct thread_view slow_call[WORLD_THREADS], slow_reply[WORLD_THREADS];
        struct thread_view fast_call[WORLD_THREADS], fast_reply[WORLD_THREADS];
        ping_pong(false, length, 0, slow_call, slow_reply);
        uint64_t hits = fastpath_hits();
        unsigned scheduled = world_scheduled();
        ping_pong(true, length, 0, fast_call, fast_reply);
        CHECK_EQ(fastpath_hits(), hits + 2);
        CHECK_EQ(world_scheduled(), scheduled); /* both switches direct */
        CHECK(memcmp(slow_call, fast_call, sizeof(slow_call)) == 0);
        CHECK(memcmp(slow_reply, fast_reply, sizeof(slow_reply)) == 0);
        CHECK_EQ(fast_call[SERVER].rdi, 0x5a);
        CHECK_EQ(fast_call[CLIENT].state, THREAD_BLOCKED_REPLY);
        CHECK_EQ(fast_reply[CLIENT].state, THREAD_RUNNABLE);
        CHECK_EQ(fast_reply[SERVER].state, THREAD_BLOCKED_RECEIVE);
        CHECK_EQ(fast_reply[CLIENT].rsi, A9N_MESSAGE_INFO(length, 0));
    }
}

/* A client of higher priority than the server: the scheduler would not run the server next, so
 * the call leaves through sched_run() (the reply, to the higher priority, switches directly),
 * every thread as the general path leaves it. */
static void test_fast_path_lower_priority_partner(void)
{
    struct thread_view slow_call[WORLD_THREADS], slow_reply[WORLD_THREADS];
    struct thread_view fast_call[WORLD_THREADS], fast_reply[WORLD_THREADS];
    ping_pong(false, 2, 1, slow_call, slow_reply);
    uint64_t hits = fastpath_hits();
    unsigned scheduled = world_scheduled();
    ping_pong(true, 2, 1, fast_call, fast_reply);
    CHECK_EQ(fastpath_hits(), hits + 2);
    CHECK_EQ(world_scheduled(), scheduled + 1);
    CHECK(memcmp(slow_call, fast_call, sizeof(slow_call)) == 0);
    CHECK(memcmp(slow_reply, fast_reply, sizeof(slow_reply)) == 0);
    CHECK_EQ(fast_call[CLIENT].state, THREAD_BLOCKED_REPLY);
    CHECK_EQ(fast_call[SERVER].state, THREAD_RUNNABLE);
    CHECK_EQ(fast_reply[CLIENT].state, THREAD_RUNNABLE);
}

/* A busy server: the client's call is in the server's hands when OTHER calls, so OTHER waits in
 * the port's queue; the server's reply-receive answers the client and takes OTHER's call. Both
 * go the fast way through sched_run(), every thread after each step as the general path leaves
 * it. */
static void busy_server(bool fast, struct thread_view views[3][WORLD_THREADS])
{
    setup();
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    uint64_t call = A9N_IPC_PORT_CALL, reply_receive = A9N_IPC_PORT_REPLY_RECEIVE;
    if (fast) {
        CHECK(world_fastpath(OTHER, PORT_BADGED, call, A9N_MESSAGE_INFO(3, 0), WORDS(7, 8, 9)));
    } else {
        world_ipc(OTHER, PORT_BADGED, call, A9N_MESSAGE_INFO(3, 0), WORDS(7, 8, 9));
    }
    view_threads(views[0]);
    if (fast) {
        CHECK(world_fastpath(SERVER, PORT, reply_receive, A9N_MESSAGE_INFO(2, 0), WORDS(4, 5)));
    } else {
        world_ipc(SERVER, PORT, reply_receive, A9N_MESSAGE_INFO(2, 0), WORDS(4, 5));
    }
    view_threads(views[1]);
    world_ipc(SERVER, PORT, reply_receive, A9N_MESSAGE_INFO(1, 0), WORDS(6));
    view_threads(views[2]);
    world_fini();
}

static void test_fast_path_busy_server(void)
{
    struct thread_view slow[3][WORLD_THREADS], fast[3][WORLD_THREADS];
    busy_server(false, slow);
    uint64_t hits = fastpath_hits();
    unsigned scheduled = world_scheduled();
    busy_server(true, fast);
    CHECK_EQ(fastpath_hits(), hits + 2);
    CHECK_EQ(world_scheduled(), scheduled + 2);
    CHECK(memcmp(slow, fast, sizeof(slow)) == 0);
    CHECK_EQ(fast[0][OTHER].state, THREAD_BLOCKED_SEND);
    CHECK_EQ(fast[1][CLIENT].state, THREAD_RUNNABLE);
    CHECK_EQ(fast[1][CLIENT].rsi, A9N_MESSAGE_INFO(2, 0));
    CHECK_EQ(fast[1][OTHER].state, THREAD_BLOCKED_REPLY);
    CHECK_EQ(fast[1][SERVER].state, THREAD_RUNNABLE);
    CHECK_EQ(fast[1][SERVER].rdi, 0x5a);
    CHECK_EQ(fast[1][SERVER].rsi, A9N_MESSAGE_INFO(3, 0));
    CHECK_EQ(fast[2][OTHER].state, THREAD_RUNNABLE);
}

/* The fast path refuses the call and leaves every thread as it was. */
static void check_refused(unsigned thread, unsigned slot, uint64_t operation, uint64_t info)
{
    struct thread_view before[WORLD_THREADS], after[WORLD_THREADS];
    view_threads(before);
    uint64_t hits = fastpath_hits();
    const uint64_t *words = WORDS(1, 2);
    /* Loading the registers is the caller's own doing; compare the rest. */
    struct thread_view loaded;
    CHECK(!world_fastpath(thread, slot, operation, info, words));
    view_threads(after);
    loaded = after[thread];
    after[thread] = before[thread];
    CHECK(memcmp(before, after, sizeof(before)) == 0);
    CHECK_EQ(loaded.state, before[thread].state);
    CHECK(loaded.blocked_on == before[thread].blocked_on);
    CHECK(loaded.reply_to == before[thread].reply_to);
    CHECK(loaded.reply_from == before[thread].reply_from);
    CHECK_EQ(fastpath_hits(), hits);
}

static void test_fast_path_refusals(void)
{
    setup();
    /* No caller to reply to. */
    check_refused(SERVER, PORT, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0));

    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    /* Too long, a capability, other operations, bad targets, missing rights. */
    check_refused(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(9, 0));
    check_refused(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, A9N_MESSAGE_CAPABILITY));
    check_refused(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0));
    check_refused(CLIENT, EMPTY, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0));
    check_refused(CLIENT, NOTIFICATION, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0));
    check_refused(CLIENT, PORT_READ, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0));
    /* The receiver has no address space. */
    uint64_t space = world_thread(SERVER)->vspace_root.capability.object;
    world_thread(SERVER)->vspace_root.capability.object = 0;
    check_refused(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0));
    world_thread(SERVER)->vspace_root.capability.object = space;
    /* The server owes a reply but lacks READ, or a sender already waits, or
     * its bound notification has bits: the general path must decide. */
    CHECK(world_fastpath(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(1)));
    check_refused(SERVER, PORT_WRITE, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0));
    world_ipc(OTHER, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(3));
    check_refused(SERVER, PORT, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0));
    world_ipc(SERVER, PORT, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0), WORDS(4));
    CHECK_EQ(world_word(SERVER, 0), 3);
    CHECK_EQ(world_word(CLIENT, 0), 4);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK(world_fastpath(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(5)));
    struct notification *notification = notification_of(&world_slot(NOTIFICATION)->capability);
    CHECK_EQ(notification_bind(notification, world_thread(SERVER)), A9N_OK);
    notification_signal(notification, 2);
    check_refused(SERVER, PORT, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0));
    world_ipc(SERVER, PORT, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0), WORDS(6));
    CHECK_EQ(world_word(CLIENT, 0), 6);
    CHECK_EQ(world_badge(SERVER), 2);
    CHECK_EQ(world_info(SERVER), A9N_MESSAGE_INFO(0, A9N_MESSAGE_NOTIFICATION));
    notification_unbind(world_thread(SERVER));
    world_fini();
}

static void test_fault_reply_takes_general_path(void)
{
    setup();
    struct thread *faulter = world_thread(CLIENT);
    derivation_copy(&faulter->resolver, world_slot(PORT), A9N_RIGHTS_ALL);
    faulter->fault_length = 1;
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK(ipc_port_send_fault(faulter));
    check_refused(SERVER, PORT, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0));
    derivation_delete(&faulter->resolver);
    world_fini();
}

int main(void)
{
    test_fast_path_matches_general_path();
    test_fast_path_lower_priority_partner();
    test_fast_path_busy_server();
    test_fast_path_refusals();
    test_fault_reply_takes_general_path();
    return check_summary();
}
