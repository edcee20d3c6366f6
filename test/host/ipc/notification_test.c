/*
 * Host tests of notification ports (a9n/kernel/notification.c): signal,
 * wait and poll, badges ORed together, the unbadged signal, waiters in
 * order, binding to a thread that receives on an IPC port, and deletion.
 *
 * Layer: host tests only (fake_kernel.c stands in for the rest of the kernel).
 */
#include "fake_kernel.h"

#include <check.h>
#include <kernel/derivation.h>

enum { WAITER, SIGNALLER, WAITER2 };
enum { NOTIFICATION = 1, BADGE_1 = 2, BADGE_4 = 3, UNBADGED_COPY = 4, PORT = 5, NOTIFICATION2 = 6 };

static void setup(void)
{
    world_init();
    world_new_notification(NOTIFICATION);
    world_mint(BADGE_1, NOTIFICATION, A9N_RIGHTS_ALL, 1);
    world_mint(BADGE_4, NOTIFICATION, A9N_RIGHTS_ALL, 4);
    world_mint(UNBADGED_COPY, NOTIFICATION, A9N_RIGHTS_ALL, 0);
    world_new_port(PORT);
    world_new_notification(NOTIFICATION2);
}

static struct notification *the_notification(void)
{
    return notification_of(&world_slot(NOTIFICATION)->capability);
}

static void test_signal_then_wait_and_poll(void)
{
    setup();
    uint64_t bits = 99;
    CHECK_EQ(world_notification(WAITER, NOTIFICATION, A9N_NOTIFICATION_PORT_POLL, &bits), A9N_OK);
    CHECK_EQ(bits, 0);
    CHECK_EQ(world_notification(SIGNALLER, BADGE_1, A9N_NOTIFICATION_PORT_SIGNAL, 0), A9N_OK);
    CHECK_EQ(world_notification(SIGNALLER, BADGE_4, A9N_NOTIFICATION_PORT_SIGNAL, 0), A9N_OK);
    CHECK_EQ(world_notification(WAITER, NOTIFICATION, A9N_NOTIFICATION_PORT_WAIT, &bits), A9N_OK);
    CHECK_EQ(bits, 5);
    CHECK_EQ(world_thread(WAITER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_notification(WAITER, NOTIFICATION, A9N_NOTIFICATION_PORT_POLL, &bits), A9N_OK);
    CHECK_EQ(bits, 0);
    /* An unbadged capability signals bit 0. */
    world_notification(SIGNALLER, UNBADGED_COPY, A9N_NOTIFICATION_PORT_SIGNAL, 0);
    CHECK_EQ(world_notification(WAITER, NOTIFICATION, A9N_NOTIFICATION_PORT_POLL, &bits), A9N_OK);
    CHECK_EQ(bits, 1);
    /* So does the kernel's own signal (an interrupt) with badge 0. */
    notification_signal(the_notification(), 0);
    CHECK_EQ(the_notification()->word, 1);
    world_fini();
}

static void test_wait_blocks_until_signalled(void)
{
    setup();
    world_notification(WAITER, NOTIFICATION, A9N_NOTIFICATION_PORT_WAIT, 0);
    world_notification(WAITER2, NOTIFICATION, A9N_NOTIFICATION_PORT_WAIT, 0);
    CHECK_EQ(world_thread(WAITER)->state, THREAD_BLOCKED_NOTIFICATION);
    CHECK_EQ(world_thread(WAITER2)->state, THREAD_BLOCKED_NOTIFICATION);
    world_notification(SIGNALLER, BADGE_4, A9N_NOTIFICATION_PORT_SIGNAL, 0);
    CHECK_EQ(world_thread(WAITER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(WAITER), A9N_OK);
    CHECK_EQ(world_word(WAITER, 0), 4);
    CHECK_EQ(world_thread(WAITER2)->state, THREAD_BLOCKED_NOTIFICATION);
    CHECK_EQ(the_notification()->word, 0);
    world_notification(SIGNALLER, BADGE_1, A9N_NOTIFICATION_PORT_SIGNAL, 0);
    CHECK_EQ(world_thread(WAITER2)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_word(WAITER2, 0), 1);
    world_fini();
}

static void test_bound_receiver(void)
{
    setup();
    struct thread *receiver = world_thread(WAITER);
    CHECK_EQ(notification_bind(the_notification(), receiver), A9N_OK);
    CHECK_EQ(notification_bind(the_notification(), world_thread(WAITER2)), A9N_ERROR_IN_USE);
    CHECK_EQ(notification_bind(notification_of(&world_slot(NOTIFICATION2)->capability), receiver),
             A9N_ERROR_IN_USE);

    world_ipc(WAITER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(receiver->state, THREAD_BLOCKED_RECEIVE);
    world_notification(SIGNALLER, BADGE_4, A9N_NOTIFICATION_PORT_SIGNAL, 0);
    CHECK_EQ(receiver->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(WAITER), A9N_OK);
    CHECK_EQ(world_badge(WAITER), 4);
    CHECK_EQ(world_info(WAITER), A9N_MESSAGE_INFO(0, A9N_MESSAGE_NOTIFICATION));
    CHECK(receiver->blocked_on == 0);
    CHECK(ipc_port_of(&world_slot(PORT)->capability)->queue.head == 0);

    /* Bits already there answer the receive at once, ahead of the port. */
    world_notification(SIGNALLER, BADGE_1, A9N_NOTIFICATION_PORT_SIGNAL, 0);
    world_ipc(SIGNALLER, PORT, A9N_IPC_PORT_SEND, A9N_MESSAGE_INFO(1, 0), WORDS(3));
    world_ipc(WAITER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(world_badge(WAITER), 1);
    CHECK_EQ(world_info(WAITER), A9N_MESSAGE_INFO(0, A9N_MESSAGE_NOTIFICATION));
    world_ipc(WAITER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    CHECK_EQ(world_word(WAITER, 0), 3);

    /* Unbound, a signal no longer reaches the receive. */
    notification_unbind(receiver);
    CHECK(the_notification()->bound_thread == 0);
    world_ipc(WAITER, PORT, A9N_IPC_PORT_RECEIVE, 0, WORDS(0));
    world_notification(SIGNALLER, BADGE_4, A9N_NOTIFICATION_PORT_SIGNAL, 0);
    CHECK_EQ(receiver->state, THREAD_BLOCKED_RECEIVE);
    CHECK_EQ(the_notification()->word, 4);

    /* Binding with bits pending wakes a receive that already waits. */
    CHECK_EQ(notification_bind(the_notification(), receiver), A9N_OK);
    CHECK_EQ(receiver->state, THREAD_RUNNABLE);
    CHECK_EQ(world_badge(WAITER), 4);
    notification_unbind(receiver);
    world_fini();
}

static void test_delete_wakes_waiters_and_unbinds(void)
{
    setup();
    CHECK_EQ(notification_bind(the_notification(), world_thread(SIGNALLER)), A9N_OK);
    world_notification(WAITER, NOTIFICATION, A9N_NOTIFICATION_PORT_WAIT, 0);
    world_notification(WAITER2, NOTIFICATION, A9N_NOTIFICATION_PORT_WAIT, 0);
    world_thread(WAITER)->context.rdi = 0x77;
    struct notification *dying = the_notification();
    for (unsigned slot = BADGE_1; slot <= UNBADGED_COPY; slot++)
        derivation_delete(world_slot(slot));
    derivation_delete(world_slot(NOTIFICATION));
    object_reap();
    CHECK_EQ(world_thread(WAITER)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(WAITER), A9N_ERROR_OBJECT_DELETED);
    CHECK_EQ(world_thread(WAITER)->context.rdi, 0x77);
    CHECK_EQ(world_thread(WAITER2)->state, THREAD_RUNNABLE);
    CHECK_EQ(world_result(WAITER2), A9N_ERROR_OBJECT_DELETED);
    CHECK(world_thread(SIGNALLER)->bound_notification == 0);
    CHECK(world_forgotten_notification() == dying);
    world_fini();
}

static void test_cancel_waiter(void)
{
    setup();
    world_notification(WAITER, NOTIFICATION, A9N_NOTIFICATION_PORT_WAIT, 0);
    ipc_cancel(world_thread(WAITER));
    CHECK(the_notification()->waiters.head == 0);
    CHECK(world_thread(WAITER)->blocked_on == 0);
    world_notification(SIGNALLER, BADGE_1, A9N_NOTIFICATION_PORT_SIGNAL, 0);
    CHECK_EQ(the_notification()->word, 1);
    world_fini();
}

int main(void)
{
    test_signal_then_wait_and_poll();
    test_wait_blocks_until_signalled();
    test_bound_receiver();
    test_delete_wakes_waiters_and_unbinds();
    test_cancel_waiter();
    return check_summary();
}
