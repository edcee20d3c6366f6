/*
 * The IPC fast path (portable core): call and reply-receive with a message
 * that fits in the message registers and carries no capability, taken
 * straight from kernel-call entry before the general dispatch.
 *
 * It makes every check the general path makes (the descriptor, the port
 * type, the rights, the partner's state) and more that keep it simple (the
 * descriptor names a slot of the caller's root node, the partner owes no
 * reply and has an address space, no bound notification bits are pending,
 * a queued sender's message fits the registers); whenever one fails it
 * changes nothing and returns,
 * and the general path runs the call from the start. What it does otherwise
 * is exactly what the general path would do: the same register results,
 * queue and reply links, thread states and choice of the next thread. Only
 * the switch is shorter when the scheduler would run the partner next: it
 * becomes the current thread directly (sched_hand_over) instead of through
 * sched_run()'s search. When it would not (another thread of the caller's
 * priority is ready, as when a server woke one process and answers another,
 * or the partner's priority is lower), the caller blocks, the partner joins
 * its queue and sched_run() chooses, as on the general path. Two more cases
 * of a busy server go the same way: a call that finds no receiver waits in
 * the port's queue, and a reply-receive that finds such a call queued (one
 * the fast path could have carried) answers its client and takes it.
 *
 * Call and reply-receive are one function each, called from kernel-call
 * entry (kept apart from it, so neither crowds the other's registers), with
 * every step forced inline and every refusal marked unlikely: one straight
 * run of instructions to the return to user mode (test/bench measures it).
 */
#include <hal/context.h>
#include <kernel/compiler.h>
#include <kernel/fastpath.h>
#include <kernel/ipc_port.h>
#include <kernel/ipc_transfer.h>
#include <kernel/lookup.h>
#include <kernel/notification.h>
#include <kernel/sched.h>

#define FASTPATH_STEP static inline KERNEL_ALWAYS_INLINE

static uint64_t fastpath_count;

uint64_t fastpath_hits(void)
{
    return fastpath_count;
}

/* Whether the slot holds an IPC port capability with `right`. */
FASTPATH_STEP bool fastpath_is_port(const struct slot *slot, uint8_t right)
{
    return slot->capability.type == A9N_OBJECT_IPC_PORT && (slot->capability.rights & right);
}

/* The register part of ipc_transfer_deliver, for a message of at most A9N_MESSAGE_REGISTERS words.
 */
FASTPATH_STEP void fastpath_transfer(struct thread *from, struct thread *to, unsigned length,
                                     uint64_t badge)
{
    hal_context_copy_message(&to->context, &from->context, length);
    hal_context_set_result(&to->context, A9N_OK);
    hal_context_set_argument(&to->context, 0, badge);
    hal_context_set_argument(&to->context, 1, A9N_MESSAGE_INFO(length, 0));
}

/* The last step: `from` blocks in `state`, `to` (whose address-space root is `root`) wakes, and
 * the thread the scheduler chooses runs: `to` directly when it is that thread. */
FASTPATH_STEP _Noreturn void fastpath_leave(struct thread *from, enum thread_state state,
                                            struct thread *to, uint64_t root)
{
    fastpath_count++;
    if (KERNEL_LIKELY(sched_hand_over(from, state, to)))
        hal_return_to_user(&to->context, root);
    sched_make_runnable(to);
    sched_block(from, state);
    sched_run();
}

/* A call that finds no receiver (the server is busy, with another process's request): the
 * caller waits in the port's queue, as the general path queues it, and the scheduler chooses. */
static KERNEL_NOINLINE _Noreturn void fastpath_call_queue(struct thread *caller,
                                                          const struct slot *slot,
                                                          struct ipc_port *port, unsigned length)
{
    caller->ipc_is_call = true;
    caller->ipc_is_fault = false;
    caller->ipc_operation = A9N_MESSAGE_INFO(length, 0);
    caller->ipc_badge = slot->capability.data;
    caller->ipc_can_grant = slot->capability.rights & A9N_RIGHT_GRANT;
    ipc_queue_append(&port->queue, caller, port);
    sched_block(caller, THREAD_BLOCKED_SEND);
    fastpath_count++;
    sched_run();
}

static KERNEL_NOINLINE void fastpath_call(struct thread *caller, uint64_t descriptor,
                                          unsigned length)
{
    const struct slot *slot = lookup_slot_in_root(&caller->cspace_root, descriptor);
    if (KERNEL_UNLIKELY(!slot || !fastpath_is_port(slot, A9N_RIGHT_WRITE)))
        return;
    struct ipc_port *port = ipc_port_of(&slot->capability);
    struct thread *server = port->queue.head;
    if (KERNEL_UNLIKELY(!server || server->state != THREAD_BLOCKED_RECEIVE)) {
        if (!server || server->state == THREAD_BLOCKED_SEND)
            fastpath_call_queue(caller, slot, port, length);
        return;
    }
    if (KERNEL_UNLIKELY(server->reply_to))
        return;
    uint64_t root = thread_vspace_root(server);
    /* The last check: from here on nothing refuses. */
    if (KERNEL_UNLIKELY(!root))
        return;
    ipc_queue_take(&port->queue);
    fastpath_transfer(caller, server, length, slot->capability.data);
    server->reply_to = caller;
    caller->reply_from = server;
    fastpath_leave(caller, THREAD_BLOCKED_REPLY, server, root);
}

/* Whether the general path would deliver `sender`'s queued message as the fast path can: a
 * call of at most A9N_MESSAGE_REGISTERS words, no capability, not a fault. */
FASTPATH_STEP bool fastpath_is_short_call(const struct thread *sender)
{
    return sender->ipc_is_call && !sender->ipc_is_fault &&
           sender->ipc_operation <= A9N_MESSAGE_INFO(A9N_MESSAGE_REGISTERS, 0);
}

/* A reply-receive that finds a caller queued (it called while the server was busy): after the
 * same checks (the queued message one the fast path can carry), the reply goes to the client,
 * which wakes, and the queued call's message to the caller, which owes it the next reply and
 * goes on unless the scheduler chooses another thread, as on the general path. Returns only
 * when it refuses, having changed nothing. */
static KERNEL_NOINLINE void fastpath_reply_take(struct thread *caller, struct thread *client,
                                                struct ipc_port *port, unsigned length)
{
    struct thread *sender = port->queue.head;
    struct notification *bound = caller->bound_notification;
    if (!fastpath_is_short_call(sender) || (bound && bound->word) || !thread_vspace_root(client))
        return;
    /* The last check: from here on nothing refuses. */
    ipc_queue_take(&port->queue);
    caller->reply_to = 0;
    client->reply_from = 0;
    fastpath_transfer(caller, client, length, 0);
    sched_make_runnable(client);
    fastpath_transfer(sender, caller, (unsigned)A9N_MESSAGE_LENGTH(sender->ipc_operation),
                      sender->ipc_badge);
    caller->reply_to = sender;
    sender->reply_from = caller;
    sched_block(sender, THREAD_BLOCKED_REPLY);
    fastpath_count++;
    sched_run();
}

static KERNEL_NOINLINE void fastpath_reply_receive(struct thread *caller, uint64_t descriptor,
                                                   unsigned length)
{
    const struct slot *slot = lookup_slot_in_root(&caller->cspace_root, descriptor);
    struct thread *client = caller->reply_to;
    if (KERNEL_UNLIKELY(!slot || !fastpath_is_port(slot, A9N_RIGHT_READ) || !client ||
                        client->ipc_is_fault))
        return;
    struct ipc_port *port = ipc_port_of(&slot->capability);
    struct thread *waiting = port->queue.head;
    if (KERNEL_UNLIKELY(waiting && waiting->state == THREAD_BLOCKED_SEND)) {
        fastpath_reply_take(caller, client, port, length);
        return;
    }
    struct notification *bound = caller->bound_notification;
    if (KERNEL_UNLIKELY(bound && bound->word))
        return;
    uint64_t root = thread_vspace_root(client);
    /* The last check: from here on nothing refuses. */
    if (KERNEL_UNLIKELY(!root))
        return;
    caller->reply_to = 0;
    client->reply_from = 0;
    fastpath_transfer(caller, client, length, 0);
    ipc_queue_append(&port->queue, caller, port);
    fastpath_leave(caller, THREAD_BLOCKED_RECEIVE, client, root);
}

KERNEL_ALWAYS_INLINE void fastpath_capability_call(struct thread *caller)
{
    const struct hal_context *context = &caller->context;
    uint64_t operation = hal_context_argument(context, 1);
    /* Above the operation number: the length, then flags (a capability to
     * transfer), which go the general way like anything longer. */
    uint64_t length = operation >> 16;
    if (KERNEL_UNLIKELY(length > A9N_MESSAGE_REGISTERS))
        return;
    uint64_t descriptor = hal_context_argument(context, 0);
    switch (operation & 0xffff) {
    case A9N_IPC_PORT_CALL:
        fastpath_call(caller, descriptor, (unsigned)length);
        break;
    case A9N_IPC_PORT_REPLY_RECEIVE:
        fastpath_reply_receive(caller, descriptor, (unsigned)length);
        break;
    default:
        break;
    }
}
