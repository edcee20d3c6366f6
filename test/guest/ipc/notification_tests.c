/*
 * IPC-suite tests of notification ports: signals from another thread,
 * poll, badges ORed together, a notification bound to a thread receiving on
 * an IPC port, deletion while waiting, and the errors of every operation.
 */
#include "helpers.h"
#include "tests.h"

#include "../capability/fixture.h"

#include <guest_test.h>

/* Signal through scratch(SLOT_NOTIFICATION_COPY), then park. */
static void signalling_thread(uint64_t i)
{
    helper_report[i].error = a9n_notification_port_signal(scratch(SLOT_NOTIFICATION_COPY));
    helper_park(i);
}

/* Wait on scratch(SLOT_NOTIFICATION), record what came, then park. */
static void waiting_thread(uint64_t i)
{
    uint64_t bits = 0;
    enum a9n_error error = a9n_notification_port_wait(scratch(SLOT_NOTIFICATION), &bits);
    struct a9n_message m = {.words = {bits}};
    helper_record(i, error, &m);
    helper_park(i);
}

void test_signal_from_another_thread(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    mint(SLOT_NOTIFICATION_COPY, SLOT_NOTIFICATION, A9N_RIGHT_WRITE, 0x10);
    helper_start(0, signalling_thread, PRIORITY_LOW);
    uint64_t bits = 0;
    GUEST_CHECK_EQ(a9n_notification_port_wait(scratch(SLOT_NOTIFICATION), &bits), A9N_OK);
    GUEST_CHECK_EQ(bits, 0x10);
    GUEST_CHECK_EQ(helper_report[0].error, A9N_OK);

    /* The other way round: a waiter of higher priority wakes at once. */
    helper_start(1, waiting_thread, PRIORITY_HIGH);
    GUEST_CHECK_EQ(helper_report[1].count, 0);
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_NOTIFICATION_COPY)), A9N_OK);
    GUEST_CHECK_EQ(helper_report[1].count, 1);
    GUEST_CHECK_EQ(helper_report[1].error, A9N_OK);
    GUEST_CHECK_EQ(helper_report[1].words[0], 0x10);
    fixture_end();
}

void test_signal_poll_and_badges(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    mint(SLOT_COPY, SLOT_NOTIFICATION, A9N_RIGHT_WRITE, 1);
    mint(SLOT_COPY2, SLOT_NOTIFICATION, A9N_RIGHT_WRITE, 4);
    mint(SLOT_COPY3, SLOT_NOTIFICATION, A9N_RIGHT_WRITE, 0);
    uint64_t bits = 99;
    GUEST_CHECK_EQ(a9n_notification_port_poll(scratch(SLOT_NOTIFICATION), &bits), A9N_OK);
    GUEST_CHECK_EQ(bits, 0);
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_COPY)), A9N_OK);
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_COPY2)), A9N_OK);
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_COPY2)), A9N_OK);
    GUEST_CHECK_EQ(a9n_notification_port_poll(scratch(SLOT_NOTIFICATION), &bits), A9N_OK);
    GUEST_CHECK_EQ(bits, 5);
    GUEST_CHECK_EQ(a9n_notification_port_poll(scratch(SLOT_NOTIFICATION), &bits), A9N_OK);
    GUEST_CHECK_EQ(bits, 0);
    /* An unbadged capability signals bit 0; wait does not block on set bits. */
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_COPY3)), A9N_OK);
    GUEST_CHECK_EQ(a9n_notification_port_wait(scratch(SLOT_NOTIFICATION), &bits), A9N_OK);
    GUEST_CHECK_EQ(bits, 1);
    fixture_end();
}

void test_bound_notification(void)
{
    ipc_begin();
    a9n_descriptor_t self = root_slot(A9N_ROOT_SLOT_THREAD);
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_COPY);
    mint(SLOT_NOTIFICATION_COPY, SLOT_NOTIFICATION, A9N_RIGHT_WRITE, 0x20);
    GUEST_CHECK_EQ(a9n_thread_bind_notification(self, scratch(SLOT_NOTIFICATION)), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_bind_notification(self, scratch(SLOT_COPY)), A9N_ERROR_IN_USE);

    /* A receive on any port returns when the bound notification is signalled. */
    helper_start(0, signalling_thread, PRIORITY_LOW);
    struct a9n_message m = {0};
    GUEST_CHECK_EQ(a9n_ipc_port_receive(scratch(SLOT_PORT), &m), A9N_OK);
    GUEST_CHECK_EQ(m.badge, 0x20);
    GUEST_CHECK_EQ(m.info, A9N_MESSAGE_INFO(0, A9N_MESSAGE_NOTIFICATION));

    /* Bits already signalled answer a non-blocking receive at once. */
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_NOTIFICATION_COPY)), A9N_OK);
    GUEST_CHECK_EQ(a9n_ipc_port_receive_nonblocking(scratch(SLOT_PORT), &m), A9N_OK);
    GUEST_CHECK_EQ(m.badge, 0x20);
    GUEST_CHECK_EQ(a9n_ipc_port_receive_nonblocking(scratch(SLOT_PORT), &m), A9N_ERROR_WOULD_BLOCK);

    GUEST_CHECK_EQ(a9n_thread_unbind_notification(self), A9N_OK);
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_NOTIFICATION_COPY)), A9N_OK);
    GUEST_CHECK_EQ(a9n_ipc_port_receive_nonblocking(scratch(SLOT_PORT), &m), A9N_ERROR_WOULD_BLOCK);
    fixture_end();
}

void test_delete_notification_while_waiting(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    helper_start(0, waiting_thread, PRIORITY_HIGH);
    GUEST_CHECK_EQ(helper_report[0].count, 0);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(SLOT_NOTIFICATION)), A9N_OK);
    GUEST_CHECK_EQ(helper_report[0].count, 1);
    GUEST_CHECK_EQ(helper_report[0].error, A9N_ERROR_OBJECT_DELETED);

    /* A bound notification that goes away leaves the thread unbound. */
    a9n_descriptor_t self = root_slot(A9N_ROOT_SLOT_THREAD);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    GUEST_CHECK_EQ(a9n_thread_bind_notification(self, scratch(SLOT_NOTIFICATION)), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(SLOT_NOTIFICATION)), A9N_OK);
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_COPY);
    GUEST_CHECK_EQ(a9n_thread_bind_notification(self, scratch(SLOT_COPY)), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_unbind_notification(self), A9N_OK);
    fixture_end();
}

void test_notification_errors(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_NOTIFICATION, A9N_RIGHT_READ, 1);
    mint(SLOT_COPY2, SLOT_NOTIFICATION, A9N_RIGHT_WRITE, 1);
    uint64_t bits = 0;
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_COPY)), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_notification_port_wait(scratch(SLOT_COPY2), &bits),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_notification_port_poll(scratch(SLOT_COPY2), &bits),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_PORT)), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_notification_port_wait(scratch(SLOT_RECEIVED), &bits), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_notification_port_poll(scratch(SLOT_NOTIFICATION), &bits), A9N_OK);
    GUEST_CHECK_EQ(bits, 0);
    fixture_end();
}
