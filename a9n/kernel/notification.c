/*
 * Notification ports (portable core): a word of signal bits with a queue of
 * waiters and at most one bound thread; see include/kernel/notification.h.
 *
 * The word only holds bits nobody has taken: a signal that finds a waiter,
 * or a bound thread waiting in a receive, hands the whole word over and
 * clears it. Bind is one to one: the notification's bound_thread and the
 * thread's bound_notification always point at each other. Interrupt ports
 * signal too (interrupt.c), and are told when a notification goes away.
 */
#include <hal/context.h>
#include <kernel/interrupt.h>
#include <kernel/ipc_port.h>
#include <kernel/notification.h>
#include <kernel/preempt.h>
#include <kernel/sched.h>

struct capability notification_create(void *memory)
{
    struct notification *notification = memory;
    notification->header.type = A9N_OBJECT_NOTIFICATION_PORT;
    notification->header.reference_count = 0;
    notification->word = 0;
    notification->waiters = (struct ipc_queue){0};
    notification->bound_thread = 0;
    return (struct capability){
        .type = A9N_OBJECT_NOTIFICATION_PORT,
        .rights = (uint8_t)A9N_RIGHTS_ALL,
        .object = (uint64_t)(uintptr_t)notification,
    };
}

struct object_header *notification_header(const struct capability *capability)
{
    return &notification_of(capability)->header;
}

/* Take the word: it goes to whoever is woken with it. */
static uint64_t notification_take(struct notification *notification)
{
    uint64_t bits = notification->word;
    notification->word = 0;
    return bits;
}

/* Give the bits to `receiver` as the result of its receive. */
static void notification_deliver_to_receiver(struct thread *receiver, uint64_t bits)
{
    hal_context_set_result(&receiver->context, A9N_OK);
    hal_context_set_argument(&receiver->context, 0, bits);
    hal_context_set_argument(&receiver->context, 1, A9N_MESSAGE_INFO(0, A9N_MESSAGE_NOTIFICATION));
}

bool notification_take_bound(struct thread *receiver)
{
    struct notification *notification = receiver->bound_notification;
    if (!notification || !notification->word)
        return false;
    notification_deliver_to_receiver(receiver, notification_take(notification));
    return true;
}

/* Hand the word, if it holds bits, to the first waiter or else to the bound
 * thread if it waits in a receive. */
static void notification_wake(struct notification *notification)
{
    if (!notification->word)
        return;
    struct thread *waiter = notification->waiters.head;
    if (waiter) {
        ipc_queue_remove(&notification->waiters, waiter);
        hal_context_set_result(&waiter->context, A9N_OK);
        hal_context_set_message(&waiter->context, 0, notification_take(notification));
        sched_make_runnable(waiter);
        return;
    }
    struct thread *bound = notification->bound_thread;
    if (bound && bound->state == THREAD_BLOCKED_RECEIVE) {
        ipc_port_dequeue(bound);
        notification_deliver_to_receiver(bound, notification_take(notification));
        sched_make_runnable(bound);
    }
}

void notification_signal(struct notification *notification, uint64_t badge)
{
    /* An unbadged signal still signals something: bit 0. */
    notification->word |= badge ? badge : 1;
    notification_wake(notification);
}

void notification_dequeue(struct thread *thread)
{
    struct notification *notification = thread->blocked_on;
    ipc_queue_remove(&notification->waiters, thread);
}

enum a9n_error notification_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                                   uint64_t *results)
{
    const struct capability *capability = &target->capability;
    struct notification *notification = notification_of(capability);
    switch (operation) {
    case A9N_NOTIFICATION_PORT_SIGNAL:
        notification_signal(notification, capability->data);
        return A9N_OK;
    case A9N_NOTIFICATION_PORT_WAIT:
        if (!notification->word) {
            ipc_queue_append(&notification->waiters, caller, notification);
            sched_block(caller, THREAD_BLOCKED_NOTIFICATION);
            return A9N_OK;
        }
        results[0] = notification_take(notification);
        return A9N_OK;
    case A9N_NOTIFICATION_PORT_POLL:
        results[0] = notification_take(notification);
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

enum a9n_error notification_bind(struct notification *notification, struct thread *thread)
{
    if (notification->bound_thread || thread->bound_notification)
        return A9N_ERROR_IN_USE;
    notification->bound_thread = thread;
    thread->bound_notification = notification;
    /* Bits signalled before the binding reach a receive that already waits. */
    notification_wake(notification);
    return A9N_OK;
}

void notification_unbind(struct thread *thread)
{
    struct notification *notification = thread->bound_notification;
    if (!notification)
        return;
    notification->bound_thread = 0;
    thread->bound_notification = 0;
}

bool notification_destroy(struct object_header *header)
{
    struct notification *notification = (struct notification *)header;
    struct thread *waiter;
    while ((waiter = notification->waiters.head)) {
        ipc_queue_remove(&notification->waiters, waiter);
        /* Only the result: a wait's stub keeps its argument registers. */
        hal_context_set_result(&waiter->context, A9N_ERROR_OBJECT_DELETED);
        sched_make_runnable(waiter);
        if (notification->waiters.head && preempt_point())
            return false;
    }
    if (notification->bound_thread)
        notification_unbind(notification->bound_thread);
    interrupt_forget_notification(notification);
    return true;
}
