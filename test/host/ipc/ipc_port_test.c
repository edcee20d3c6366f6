/*
 * Host tests of IPC ports (a9n/kernel/ipc_port.c, ipc_queue.h,
 * ipc_transfer.c): rendezvous in both orders, FIFO queues and badges,
 * non-blocking forms, long messages through the IPC buffers, capability
 * transfer, reply links under nesting, cancellation, deletion (one woken
 * thread per preemption step), a receive that wakes senders whose messages
 * no longer pass one per preemption step and restarts (receive and
 * reply-receive), and faults.
 *
 * Layer: host tests only (fake_kernel.c stands in for the rest of the kernel).
 */
#include "../kernel/fake_hal.h"
#include "fake_kernel.h"

#include <check.h>
#include <kernel/derivation.h>
#include <kernel/preempt.h>

enum { SERVER, CLIENT, CLIENT2, CLIENT3, OTHER };
enum { PORT = 1, PORT_BADGED = 2, PORT_BADGED2 = 3, PORT_NO_GRANT = 4 };
enum { SLOT_GIVEN = 8, SLOT_RECEIVED = 9, SLOT_EMPTY = 10 };

static void setup(void)
{
    world_init();
    world_new_port(PORT);
    world_mint(PORT_BADGED, PORT, A9N_RIGHTS_ALL, 0x11);
    world_mint(PORT_BADGED2, PORT, A9N_RIGHTS_ALL, 0x22);
    world_mint(PORT_NO_GRANT, PORT, A9N_RIGHT_READ | A9N_RIGHT_WRITE, 0x33);
}

static void test_call_then_reply_receive(void)
{
    setup();
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(world_thread(SERVER)->state, THREAD_BLOCKED_RECEIVE);

    world_ipc(CLIENT, PORT_BADGED, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(3, 0), WORDS(7, 8, 9, 10));
    CHECK_EQ(world_thread(SERVER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_badge(SERVER), 0x11);
    CHECK_EQ(world_info(SERVER), A9N_MESSAGE_INFO(3, 0));
    CHECK_EQ(world_word(SERVER, 0), 7);
    CHECK_EQ(world_word(SERVER, 2), 9);
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_BLOCKED_REPLY);
    CHECK(world_thread(SERVER)->reply_to == world_thread(CLIENT));
    CHECK(world_thread(CLIENT)->reply_from == world_thread(SERVER));

    world_ipc(SERVER, PORT, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(2, 0), WORDS(70, 80));
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(CLIENT), A9N_OK);
    CHECK_EQ(world_badge(CLIENT), 0);
    CHECK_EQ(world_info(CLIENT), A9N_MESSAGE_INFO(2, 0));
    CHECK_EQ(world_word(CLIENT, 0), 70);
    CHECK_EQ(world_word(CLIENT, 1), 80);
    CHECK(world_thread(SERVER)->reply_to == 0);
    CHECK(world_thread(CLIENT)->reply_from == 0);
    CHECK_EQ(world_thread(SERVER)->state, THREAD_BLOCKED_RECEIVE);
    world_fini();
}

static void test_send_waits_for_receiver(void)
{
    setup();
    world_ipc(CLIENT, PORT_BADGED, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(5));
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_BLOCKED_SEND);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_badge(SERVER), 0x11);
    CHECK_EQ(world_word(SERVER, 0), 5);
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(CLIENT), A9N_OK);
    CHECK_EQ(world_badge(CLIENT), 0);
    CHECK_EQ(world_info(CLIENT), 0);
    CHECK(world_thread(SERVER)->reply_to == 0);
    world_fini();
}

static void test_senders_queue_in_order_with_badges(void)
{
    setup();
    world_ipc(CLIENT, PORT_BADGED, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    world_ipc(CLIENT2, PORT_BADGED2, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(2));
    world_ipc(CLIENT3, PORT_NO_GRANT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(3));
    const uint64_t badges[] = {0x11, 0x22, 0x33};
    for (unsigned i = 0; i < 3; i++) {
        world_ipc(SERVER, PORT, i ? A9N_IPC_PORT_REPLY_RECEIVE : A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
        CHECK_EQ(world_badge(SERVER), badges[i]);
        CHECK_EQ(world_word(SERVER, 0), i + 1);
    }
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_thread(CLIENT2)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_thread(CLIENT3)->state, THREAD_BLOCKED_REPLY);
    world_fini();
}

static void test_receivers_queue_in_order(void)
{
    setup();
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(OTHER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    CHECK_EQ(world_thread(SERVER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_thread(OTHER)->state, THREAD_BLOCKED_RECEIVE);
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(2));
    CHECK_EQ(world_thread(OTHER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_word(OTHER, 0), 2);
    world_fini();
}

static void test_nonblocking(void)
{
    setup();
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND_NONBLOCKING, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_WOULD_BLOCK);
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE_NONBLOCKING, 0, WORDS(0));
    CHECK_EQ(world_result(SERVER), A9N_ERROR_WOULD_BLOCK);
    CHECK_EQ(world_thread(SERVER)->state, THREAD_RUNNABLE);
    CHECK(world_thread(SERVER)->blocked_on == 0);

    world_ipc(CLIENT, PORT_BADGED, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(4));
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE_NONBLOCKING, 0, WORDS(0));
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_word(SERVER, 0), 4);
    world_ipc(OTHER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT_BADGED, A9N_IPC_PORT_SEND_NONBLOCKING, A9N_MESSAGE_INFO(1, 0), WORDS(6));
    CHECK_EQ(world_result(CLIENT), A9N_OK);
    CHECK_EQ(world_word(OTHER, 0), 6);
    world_fini();
}

static void test_long_messages(void)
{
    setup();
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(A9N_IPC_MAX_LENGTH + 1, 0),
              WORDS(0));
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_MESSAGE_TOO_LONG);
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);

    for (unsigned i = 8; i < A9N_IPC_MAX_LENGTH; i++)
        world_buffer(CLIENT)[i] = 1000 + i;
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(A9N_IPC_MAX_LENGTH, 0),
              WORDS(1, 2, 3, 4, 5, 6, 7, 8));
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_info(SERVER), A9N_MESSAGE_INFO(A9N_IPC_MAX_LENGTH, 0));
    CHECK_EQ(world_word(SERVER, 7), 8);
    CHECK_EQ(world_buffer(SERVER)[8], 1008);
    CHECK_EQ(world_buffer(SERVER)[A9N_IPC_MAX_LENGTH - 1], 1000 + A9N_IPC_MAX_LENGTH - 1);
    CHECK_EQ(world_buffer(SERVER)[A9N_IPC_MAX_LENGTH], 0);

    /* A sender without a buffer cannot send past the registers. */
    world_drop_buffer(CLIENT, false);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(9, 0), WORDS(0));
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_MESSAGE_TOO_LONG);
    CHECK_EQ(world_thread(SERVER)->state, THREAD_BLOCKED_RECEIVE);
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(8, 0), WORDS(0));
    CHECK_EQ(world_result(CLIENT), A9N_OK);

    /* A receiver whose buffer is unmapped gets the registers and the error. */
    world_drop_buffer(SERVER, true);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT2, PORT_BADGED, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(9, 0), WORDS(3));
    CHECK_EQ(world_result(CLIENT2), A9N_OK);
    CHECK_EQ(world_result(SERVER), A9N_ERROR_MESSAGE_TOO_LONG);
    CHECK_EQ(world_badge(SERVER), 0x11);
    CHECK_EQ(world_info(SERVER), A9N_MESSAGE_INFO(9, 0));
    CHECK_EQ(world_word(SERVER, 0), 3);
    world_fini();
}

static void test_flags_from_user_are_ignored(void)
{
    setup();
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND,
              A9N_MESSAGE_INFO(1, A9N_MESSAGE_FAULT | A9N_MESSAGE_NOTIFICATION), WORDS(9));
    CHECK_EQ(world_info(SERVER), A9N_MESSAGE_INFO(1, 0));
    CHECK_EQ(world_word(SERVER, 0), 9);
    world_fini();
}

static void test_capability_transfer(void)
{
    setup();
    world_new_port(SLOT_GIVEN);
    world_buffer(CLIENT)[A9N_IPC_BUFFER_TRANSFER] = world_descriptor(SLOT_GIVEN);
    world_buffer(SERVER)[A9N_IPC_BUFFER_RECEIVE] = world_descriptor(SLOT_RECEIVED);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, A9N_MESSAGE_CAPABILITY),
              WORDS(1));
    CHECK_EQ(world_result(CLIENT), A9N_OK);
    CHECK_EQ(world_info(SERVER), A9N_MESSAGE_INFO(1, A9N_MESSAGE_CAPABILITY));
    CHECK_EQ(world_slot(SLOT_RECEIVED)->capability.type, A9N_OBJECT_IPC_PORT);
    CHECK(world_slot(SLOT_RECEIVED)->parent == world_slot(SLOT_GIVEN));
    CHECK_EQ(world_slot(SLOT_GIVEN)->capability.type, A9N_OBJECT_IPC_PORT);

    /* The receiving slot is now full: the next message comes without it. */
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, A9N_MESSAGE_CAPABILITY),
              WORDS(2));
    CHECK_EQ(world_result(CLIENT), A9N_OK);
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_info(SERVER), A9N_MESSAGE_INFO(1, 0));
    CHECK_EQ(world_word(SERVER, 0), 2);
    world_fini();
}

static void test_capability_transfer_errors(void)
{
    setup();
    world_new_port(SLOT_GIVEN);
    world_buffer(SERVER)[A9N_IPC_BUFFER_RECEIVE] = world_descriptor(SLOT_RECEIVED);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    const uint64_t info = A9N_MESSAGE_INFO(1, A9N_MESSAGE_CAPABILITY);

    world_buffer(CLIENT)[A9N_IPC_BUFFER_TRANSFER] = world_descriptor(SLOT_GIVEN);
    world_ipc(CLIENT, PORT_NO_GRANT, A9N_IPC_PORT_SEND, info, WORDS(1));
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_INSUFFICIENT_RIGHTS);

    world_buffer(CLIENT)[A9N_IPC_BUFFER_TRANSFER] = world_descriptor(SLOT_EMPTY);
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_CALL, info, WORDS(1));
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_EMPTY_SLOT);

    world_buffer(CLIENT)[A9N_IPC_BUFFER_TRANSFER] = A9N_DESCRIPTOR_INVALID;
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, info, WORDS(1));
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_MALFORMED_DESCRIPTOR);

    world_drop_buffer(CLIENT, true);
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, info, WORDS(1));
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_MESSAGE_TOO_LONG);

    /* Nothing was sent: the server still waits, the slot is still empty. */
    CHECK_EQ(world_thread(SERVER)->state, THREAD_BLOCKED_RECEIVE);
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    CHECK(slot_is_empty(world_slot(SLOT_RECEIVED)));
    world_fini();
}

static void test_blocked_sender_checked_again(void)
{
    setup();
    world_new_port(SLOT_GIVEN);
    world_buffer(CLIENT)[A9N_IPC_BUFFER_TRANSFER] = world_descriptor(SLOT_GIVEN);
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, A9N_MESSAGE_CAPABILITY),
              WORDS(1));
    world_ipc(CLIENT2, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(2));
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_BLOCKED_SEND);
    derivation_delete(world_slot(SLOT_GIVEN));
    object_reap();

    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_EMPTY_SLOT);
    CHECK(world_thread(SERVER)->reply_to == 0);
    CHECK_EQ(world_word(SERVER, 0), 2);
    world_fini();
}

/* CLIENT, CLIENT2 and CLIENT3 queue sends whose granted capability is then
 * deleted; OTHER queues a good one (word 7) behind them. */
static void queue_failing_senders(void)
{
    static const unsigned failing[] = {CLIENT, CLIENT2, CLIENT3};
    world_new_port(SLOT_GIVEN);
    for (unsigned i = 0; i < 3; i++) {
        world_buffer(failing[i])[A9N_IPC_BUFFER_TRANSFER] = world_descriptor(SLOT_GIVEN);
        world_ipc(failing[i], PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, A9N_MESSAGE_CAPABILITY),
                  WORDS(i + 1));
    }
    world_ipc(OTHER, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(7));
    derivation_delete(world_slot(SLOT_GIVEN));
    object_reap();
}

/* One kernel entry of SERVER's `operation` on PORT with an interrupt pending
 * from the start: true if the kernel restarted the call. */
static bool server_entry_interrupted(uint64_t operation, uint64_t info, const uint64_t *words)
{
    struct hal_context *context = &world_thread(SERVER)->context;
    world_load(SERVER, world_descriptor(PORT), operation | info, words);
    context->rip = context->rcx = 0x401002;
    preempt_check(); /* sees the interrupt: the next preemption point stops */
    world_capability_call(SERVER);
    return context->rip != 0x401002;
}

/* Each failing sender is woken with its error at one preemption step; a
 * stopped receive has written nothing of the receiver's and left it running,
 * and run again it goes on down the queue until the good sender. */
static void test_receive_wakes_failing_senders_in_steps(void)
{
    static const unsigned failing[] = {CLIENT, CLIENT2, CLIENT3};
    setup();
    queue_failing_senders();
    fake_hal_pending_interrupts = UINT32_MAX;
    for (unsigned step = 0; step < 3; step++) {
        CHECK(server_entry_interrupted(A9N_IPC_PORT_RECEIVE, 0, WORDS(0)));
        CHECK_EQ(world_result(SERVER), A9N_KERNEL_CALL_CAPABILITY);
        CHECK_EQ(world_thread(SERVER)->state, THREAD_RUNNABLE);
        for (unsigned i = 0; i < 3; i++) {
            CHECK_EQ(world_thread(failing[i])->state,
                     i <= step ? THREAD_RUNNABLE : THREAD_BLOCKED_SEND);
            if (i <= step)
                CHECK_EQ(world_result(failing[i]), A9N_ERROR_EMPTY_SLOT);
        }
        CHECK_EQ(world_thread(OTHER)->state, THREAD_BLOCKED_SEND);
    }
    /* The good sender: no failure left to wake, no stop. */
    CHECK(!server_entry_interrupted(A9N_IPC_PORT_RECEIVE, 0, WORDS(0)));
    fake_hal_pending_interrupts = 0;
    preempt_take();
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_word(SERVER, 0), 7);
    CHECK_EQ(world_thread(OTHER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(OTHER), A9N_OK);
    CHECK(ipc_port_of(&world_slot(PORT)->capability)->queue.head == 0);
    world_fini();
}

/* Reply-receive stopped after its reply: run again, it replies to nobody
 * (the reply went once) and goes on receiving. */
static void test_reply_receive_restarts_after_reply(void)
{
    enum { ANSWERED = OTHER + 1 };
    setup();
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(ANSWERED, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(5));
    CHECK(world_thread(SERVER)->reply_to == world_thread(ANSWERED));
    queue_failing_senders();
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK(server_entry_interrupted(A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0), WORDS(50)));
    CHECK_EQ(world_thread(ANSWERED)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(ANSWERED), A9N_OK);
    CHECK_EQ(world_word(ANSWERED, 0), 50);
    CHECK(world_thread(SERVER)->reply_to == 0);
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_EMPTY_SLOT);
    CHECK_EQ(world_thread(CLIENT2)->state, THREAD_BLOCKED_SEND);
    /* Any second reply would show here. */
    hal_context_set_message(&world_thread(ANSWERED)->context, 0, 0);
    CHECK(server_entry_interrupted(A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0), WORDS(50)));
    CHECK(server_entry_interrupted(A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0), WORDS(50)));
    CHECK(!server_entry_interrupted(A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0), WORDS(50)));
    fake_hal_pending_interrupts = 0;
    preempt_take();
    CHECK_EQ(world_word(ANSWERED, 0), 0);
    CHECK_EQ(world_result(CLIENT3), A9N_ERROR_EMPTY_SLOT);
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_word(SERVER, 0), 7);
    CHECK_EQ(world_thread(OTHER)->state, THREAD_RUNNABLE);
    world_fini();
}

static void test_nested_calls(void)
{
    setup();
    world_new_port(SLOT_GIVEN); /* the second server's port */
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(OTHER, SLOT_GIVEN, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    world_ipc(SERVER, SLOT_GIVEN, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(2));
    CHECK_EQ(world_thread(SERVER)->state, THREAD_BLOCKED_REPLY);
    CHECK(world_thread(SERVER)->reply_to == world_thread(CLIENT));
    CHECK(world_thread(OTHER)->reply_to == world_thread(SERVER));

    world_ipc(OTHER, SLOT_GIVEN, A9N_IPC_PORT_REPLY, A9N_MESSAGE_INFO(1, 0), WORDS(20));
    CHECK_EQ(world_result(OTHER), A9N_OK);
    CHECK_EQ(world_word(SERVER, 0), 20);
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_BLOCKED_REPLY);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_REPLY, A9N_MESSAGE_INFO(1, 0), WORDS(10));
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_word(CLIENT, 0), 10);

    /* A reply with nobody waiting does nothing. */
    world_ipc(SERVER, PORT, A9N_IPC_PORT_REPLY, A9N_MESSAGE_INFO(1, 0), WORDS(11));
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_word(CLIENT, 0), 10);
    world_fini();
}

static void test_new_call_drops_unanswered_one(void)
{
    setup();
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    world_ipc(CLIENT2, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(2));
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_OBJECT_DELETED);
    CHECK(world_thread(CLIENT)->reply_from == 0);
    CHECK(world_thread(SERVER)->reply_to == world_thread(CLIENT2));
    world_fini();
}

static void test_cancel(void)
{
    setup();
    /* The server goes away while the client waits for its reply. */
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    ipc_cancel(world_thread(SERVER));
    CHECK_EQ(world_thread(CLIENT)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(CLIENT), A9N_ERROR_OBJECT_DELETED);
    CHECK(world_thread(SERVER)->reply_to == 0);

    /* The client goes away while the server owes it a reply. */
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_CALL, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    ipc_cancel(world_thread(CLIENT));
    CHECK(world_thread(SERVER)->reply_to == 0);
    CHECK(world_thread(CLIENT)->reply_from == 0);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_REPLY, A9N_MESSAGE_INFO(1, 0), WORDS(5));
    CHECK_EQ(world_result(SERVER), A9N_OK);

    /* A queued sender leaves the queue. */
    world_ipc(CLIENT, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    world_ipc(CLIENT2, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(2));
    ipc_cancel(world_thread(CLIENT));
    CHECK(world_thread(CLIENT)->blocked_on == 0);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(world_word(SERVER, 0), 2);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE_NONBLOCKING, 0, WORDS(0));
    CHECK_EQ(world_result(SERVER), A9N_ERROR_WOULD_BLOCK);
    world_fini();
}

static void test_delete_port_wakes_queue(void)
{
    setup();
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_ipc(OTHER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    for (unsigned slot = PORT_BADGED; slot <= PORT_NO_GRANT; slot++)
        derivation_delete(world_slot(slot));
    derivation_delete(world_slot(PORT));
    object_reap();
    CHECK_EQ(world_thread(SERVER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(SERVER), A9N_ERROR_OBJECT_DELETED);
    CHECK_EQ(world_thread(OTHER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(OTHER), A9N_ERROR_OBJECT_DELETED);
    CHECK(world_thread(OTHER)->blocked_on == 0);
    world_fini();
}

/* With an interrupt pending before every step, destroying a port with four
 * receivers queued wakes one per entry, in queue order, and says it stopped
 * until the queue is empty. */
static void test_destroy_port_wakes_one_per_step(void)
{
    static const unsigned queued[] = {SERVER, OTHER, CLIENT, CLIENT2};
    setup();
    for (unsigned i = 0; i < 4; i++)
        world_ipc(queued[i], PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    struct object_header *port = ipc_port_header(&world_slot(PORT)->capability);
    fake_hal_pending_interrupts = UINT32_MAX;
    for (unsigned step = 0; step < 4; step++) {
        preempt_check(); /* sees the interrupt: the next preemption point stops */
        CHECK_EQ(ipc_port_destroy(port), step == 3);
        preempt_take();
        for (unsigned i = 0; i < 4; i++)
            CHECK_EQ(world_thread(queued[i])->state,
                     i <= step ? THREAD_RUNNABLE : THREAD_BLOCKED_RECEIVE);
        CHECK_EQ(world_result(queued[step]), A9N_ERROR_OBJECT_DELETED);
    }
    fake_hal_pending_interrupts = 0;
    world_fini();
}

static void test_fault_delivery(void)
{
    setup();
    struct thread *faulter = world_thread(CLIENT);
    CHECK(!ipc_port_send_fault(faulter));
    derivation_copy(&faulter->resolver, world_slot(PORT), A9N_RIGHT_READ);
    CHECK(!ipc_port_send_fault(faulter));
    derivation_delete(&faulter->resolver);
    derivation_copy(&faulter->resolver, world_slot(PORT_BADGED2), A9N_RIGHTS_ALL);

    faulter->context.rax = 0x1234;
    faulter->context.rdi = 0x5678;
    faulter->context.rdx = 0x9abc;
    faulter->fault_message[0] = 14;
    faulter->fault_message[1] = 0xdead000;
    faulter->fault_length = 2;
    CHECK(ipc_port_send_fault(faulter));
    CHECK_EQ(faulter->state, THREAD_BLOCKED_SEND);
    world_ipc(SERVER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(world_result(SERVER), A9N_OK);
    CHECK_EQ(world_badge(SERVER), 0x22);
    CHECK_EQ(world_info(SERVER), A9N_MESSAGE_INFO(2, A9N_MESSAGE_FAULT));
    CHECK_EQ(world_word(SERVER, 0), 14);
    CHECK_EQ(world_word(SERVER, 1), 0xdead000);
    CHECK_EQ(faulter->state, THREAD_BLOCKED_REPLY);

    world_ipc(SERVER, PORT, A9N_IPC_PORT_REPLY_RECEIVE, A9N_MESSAGE_INFO(1, 0), WORDS(1));
    CHECK_EQ(faulter->state, THREAD_RUNNABLE);
    CHECK_EQ(faulter->context.rax, 0x1234);
    CHECK_EQ(faulter->context.rdi, 0x5678);
    CHECK_EQ(faulter->context.rdx, 0x9abc);
    CHECK(!faulter->ipc_is_fault);

    /* With the resolver waiting, the fault goes straight to it; losing the
     * resolver lets the thread run again unchanged. */
    CHECK(ipc_port_send_fault(faulter));
    CHECK_EQ(faulter->state, THREAD_BLOCKED_REPLY);
    CHECK_EQ(world_word(SERVER, 0), 14);
    ipc_cancel(world_thread(SERVER));
    CHECK_EQ(faulter->state, THREAD_RUNNABLE);
    CHECK_EQ(faulter->context.rax, 0x1234);
    derivation_delete(&faulter->resolver);
    world_fini();
}

int main(void)
{
    test_call_then_reply_receive();
    test_send_waits_for_receiver();
    test_senders_queue_in_order_with_badges();
    test_receivers_queue_in_order();
    test_nonblocking();
    test_long_messages();
    test_flags_from_user_are_ignored();
    test_capability_transfer();
    test_capability_transfer_errors();
    test_blocked_sender_checked_again();
    test_receive_wakes_failing_senders_in_steps();
    test_reply_receive_restarts_after_reply();
    test_nested_calls();
    test_new_call_drops_unanswered_one();
    test_cancel();
    test_delete_port_wakes_queue();
    test_destroy_port_wakes_one_per_step();
    test_fault_delivery();
    return check_summary();
}
