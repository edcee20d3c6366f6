/*
 * IPC ports and notification ports (portable core; implemented in
 * ipc_port.c, ipc_transfer.c, notification.c and fastpath.c; wait queues in
 * ipc_queue.h).
 *
 * Message operations write their results (error, badge, info, message
 * registers) straight into the threads involved and may block the caller;
 * sched_run() then runs whoever is runnable.
 *
 * The protocol, for a port P:
 *   1. A port's queue holds either senders (THREAD_BLOCKED_SEND) or
 *      receivers (THREAD_BLOCKED_RECEIVE), never both, in FIFO order. A
 *      blocked sender's message stays in its own registers and IPC buffer
 *      (or fault_message) until a receiver takes it; what it needs at
 *      delivery (operation word, badge, GRANT) is kept in its IPC fields.
 *   2. Delivery copies the message and, with GRANT, one capability, then
 *      writes the receiver's registers: result A9N_OK (or
 *      A9N_ERROR_MESSAGE_TOO_LONG if its IPC buffer cannot take words past
 *      the registers), argument 0 = badge, argument 1 = A9N_MESSAGE_INFO.
 *   3. A delivered call leaves the caller THREAD_BLOCKED_REPLY with
 *      caller->reply_from = receiver and receiver->reply_to = caller; these
 *      two links always point at each other. Reply clears both. A receiver
 *      that takes a new call while it still owes a reply drops the old one:
 *      that caller wakes with A9N_ERROR_OBJECT_DELETED.
 *   4. A fault is a call whose words are in fault_message (ipc_is_fault):
 *      the faulting thread's registers are never written, and the reply, or
 *      the loss of its resolver, lets it run again unchanged (so it faults
 *      again, and the kernel sees whether a resolver is left).
 *
 * Notifications: signal ORs the signalling capability's badge into the word
 * (an unbadged capability, badge 0, ORs bit 0, value 1, so that every signal
 * is seen) and hands the word to the first waiter or, failing that, to the
 * bound thread if it waits in a receive on any port.
 */
#ifndef A9N_KERNEL_IPC_H
#define A9N_KERNEL_IPC_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/ipc_queue.h>
#include <kernel/object.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

#define IPC_PORT_OBJECT_SIZE     64u
#define NOTIFICATION_OBJECT_SIZE 64u

struct ipc_port {
    struct object_header header;
    struct ipc_queue queue; /* blocked senders, or blocked receivers */
};

struct notification {
    struct object_header header;
    uint64_t word;               /* signalled bits not yet taken */
    struct ipc_queue waiters;    /* THREAD_BLOCKED_NOTIFICATION */
    struct thread *bound_thread; /* its bound_notification points back here */
};

_Static_assert(sizeof(struct ipc_port) <= IPC_PORT_OBJECT_SIZE, "IPC port size");
_Static_assert(sizeof(struct notification) <= NOTIFICATION_OBJECT_SIZE, "notification size");

/* IPC ports (ipc_port.c). */
struct capability ipc_port_create(void *memory);
struct object_header *ipc_port_header(const struct capability *capability);
void ipc_port_destroy(struct object_header *header);

/* Run message operation `operation` (the whole operation word: number,
 * length, flags) of `caller` on the port in `target`, whose type and rights
 * the dispatch has checked. Writes every result register of the caller. */
void ipc_port_invoke(struct thread *caller, struct slot *target, uint64_t operation);

/* Deliver a fault of `thread` (words in thread->fault_message[0 ..
 * fault_length)) as a call to the port in its resolver slot; the thread
 * blocks until the resolver replies. False, changing nothing, if the slot
 * holds no IPC port capability with WRITE: the caller stops the thread. */
bool ipc_port_send_fault(struct thread *thread);

/* Take `thread` out of any IPC it is blocked in or owes (suspend, delete):
 * it leaves its queue, a pending reply to it is dropped, a caller waiting for
 * its reply is woken with A9N_ERROR_OBJECT_DELETED. Its own registers and
 * state are left for the caller to set. */
void ipc_cancel(struct thread *thread);

/* Remove `thread`, blocked in a send or receive, from its port's queue. */
void ipc_port_dequeue(struct thread *thread);

/* Message transfer (ipc_transfer.c). */

/* The parts of a sender's operation word the kernel honours: the length and
 * A9N_MESSAGE_CAPABILITY (A9N_MESSAGE_NOTIFICATION and A9N_MESSAGE_FAULT are
 * set by the kernel only; other bits are ignored). */
uint64_t ipc_transfer_info(uint64_t operation);

/* Check, changing nothing, that `sender` can send the message `info`
 * describes through a capability with (`can_grant`) or without GRANT: the
 * length, the IPC buffer words past the registers, and the capability to
 * transfer, which is returned in *grant (NULL if none). */
enum a9n_error ipc_transfer_check(struct thread *sender, uint64_t info, bool can_grant,
                                  struct slot **grant);

/* Deliver the checked message `info` of `sender` with `badge` and capability
 * `grant` (or NULL) to `receiver`, writing the receiver's result registers. */
void ipc_transfer_deliver(struct thread *sender, struct thread *receiver, uint64_t info,
                          uint64_t badge, struct slot *grant);

/* Write a result without a message: `error`, and 0 for badge and info. */
void ipc_transfer_complete(struct thread *thread, enum a9n_error error);

/* The fast path (fastpath.c): call and reply-receive of register-sized
 * messages without capability transfer, to a partner that is ready. */

/* Try the capability call `caller` just made on the fast path: when it
 * applies, do it and leave the kernel to the partner; otherwise return,
 * having changed nothing, and the general path runs the call. */
void fastpath_capability_call(struct thread *caller);

/* How many calls the fast path has done since boot. */
uint64_t fastpath_hits(void);

/* Notification ports (notification.c). */
struct capability notification_create(void *memory);
struct object_header *notification_header(const struct capability *capability);
void notification_destroy(struct object_header *header);

/* Signal, wait or poll. Wait may block the caller: its result and results[0]
 * are then written again when it wakes. */
enum a9n_error notification_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                                   uint64_t *results);

/* OR `badge` (1 if it is 0) into the notification and wake a waiter (also
 * a bound receiver). The interrupt code calls it too. */
void notification_signal(struct notification *notification, uint64_t badge);

/* Bind and unbind a thread (process_control.c calls these). Bind fails with
 * A9N_ERROR_IN_USE if either already has a binding. */
enum a9n_error notification_bind(struct notification *notification, struct thread *thread);
void notification_unbind(struct thread *thread);

/* If `receiver`'s bound notification holds bits, give them to it as a
 * receive result and clear them; false if there are none. */
bool notification_take_bound(struct thread *receiver);

/* Remove `thread`, blocked in a wait, from its notification's queue. */
void notification_dequeue(struct thread *thread);

/* The objects behind capabilities. */
static inline struct ipc_port *ipc_port_of(const struct capability *capability)
{
    return (struct ipc_port *)(uintptr_t)capability->object;
}

static inline struct notification *notification_of(const struct capability *capability)
{
    return (struct notification *)(uintptr_t)capability->object;
}

#endif
