/*
 * IPC ports (portable core; ipc_port.c, with message transfer in
 * ipc_transfer.c, the fast path in fastpath.c and wait queues in
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
 */
#ifndef A9N_KERNEL_IPC_PORT_H
#define A9N_KERNEL_IPC_PORT_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/ipc_queue.h>
#include <kernel/object.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

#define IPC_PORT_OBJECT_SIZE 64u

struct ipc_port {
    struct object_header header;
    struct ipc_queue queue; /* blocked senders, or blocked receivers */
};

_Static_assert(sizeof(struct ipc_port) <= IPC_PORT_OBJECT_SIZE, "IPC port size");

struct capability ipc_port_create(void *memory);
struct object_header *ipc_port_header(const struct capability *capability);
/* Wake every thread queued on the dead object with OBJECT_DELETED, one by
 * one; false if it stopped at a preemption point first (called again, it
 * goes on). */
bool ipc_port_destroy(struct object_header *header);

/* Run message operation `operation` (the whole operation word: number,
 * length, flags) of `caller` on the port in `target`, whose type and rights
 * the dispatch has checked. Writes every result register of the caller;
 * false, writing none, if a receive stopped at a preemption point while
 * waking senders whose messages no longer pass their checks (the caller
 * must run the same call again). */
bool ipc_port_invoke(struct thread *caller, struct slot *target, uint64_t operation);

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

/* The object behind an IPC port capability. */
static inline struct ipc_port *ipc_port_of(const struct capability *capability)
{
    return (struct ipc_port *)(uintptr_t)capability->object;
}

#endif
