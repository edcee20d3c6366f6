/*
 * Notification ports (portable core; notification.c).
 *
 * Notifications: signal ORs the signalling capability's badge into the word
 * (an unbadged capability, badge 0, ORs bit 0, value 1, so that every signal
 * is seen) and hands the word to the first waiter or, failing that, to the
 * bound thread if it waits in a receive on any port.
 */
#ifndef A9N_KERNEL_NOTIFICATION_H
#define A9N_KERNEL_NOTIFICATION_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/ipc_queue.h>
#include <kernel/object.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

#define NOTIFICATION_OBJECT_SIZE 64u

struct notification {
    struct object_header header;
    uint64_t word;               /* signalled bits not yet taken */
    struct ipc_queue waiters;    /* THREAD_BLOCKED_NOTIFICATION */
    struct thread *bound_thread; /* its bound_notification points back here */
};

_Static_assert(sizeof(struct notification) <= NOTIFICATION_OBJECT_SIZE, "notification size");

struct capability notification_create(void *memory);
struct object_header *notification_header(const struct capability *capability);
/* Wake every thread queued on the dead object with OBJECT_DELETED, one by
 * one; false if it stopped at a preemption point first (called again, it
 * goes on). */
bool notification_destroy(struct object_header *header);

/* Signal, wait or poll. Wait may block the caller: its result and results[0]
 * are then written again when it wakes. */
enum a9n_error notification_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                                   uint64_t *results);

/* OR `badge` (1 if it is 0) into the notification and wake a waiter (also
 * a bound receiver). The interrupt code calls it too. */
void notification_signal(struct notification *notification, uint64_t badge);

/* Bind and unbind a thread (thread.c calls these). Bind fails with
 * A9N_ERROR_IN_USE if either already has a binding. */
enum a9n_error notification_bind(struct notification *notification, struct thread *thread);
void notification_unbind(struct thread *thread);

/* If `receiver`'s bound notification holds bits, give them to it as a
 * receive result and clear them; false if there are none. */
bool notification_take_bound(struct thread *receiver);

/* Remove `thread`, blocked in a wait, from its notification's queue. */
void notification_dequeue(struct thread *thread);

/* The object behind a notification capability. */
static inline struct notification *notification_of(const struct capability *capability)
{
    return (struct notification *)(uintptr_t)capability->object;
}

#endif
