/*
 * The IPC fast path (portable core): call and reply-receive with a message
 * that fits in the message registers and carries no capability, taken
 * straight from kernel-call entry before the general dispatch.
 *
 * It makes every check the general path makes (the descriptor, the port
 * type, the rights, the partner's state) and more that keep it simple (the
 * partner owes no reply, has an address space, no bound notification bits
 * are pending, no sender is queued, the scheduler would run the partner
 * next); whenever one fails it changes nothing and answers false, and the
 * general path runs the call from the start. What it does then is exactly
 * what the general path would do: the same register results, queue and
 * reply links, and thread states. Only the switch is shorter: the partner
 * becomes the current thread directly (sched_switch_directly) instead of
 * through sched_run()'s search, which would have chosen it anyway.
 */
#include <hal/context.h>
#include <kernel/ipc.h>
#include <kernel/lookup.h>
#include <kernel/sched.h>

/* Every step below is forced inline: one function, no calls until the exit. */
#define FASTPATH_STEP static inline __attribute__((always_inline))

static uint64_t fastpath_count;

uint64_t fastpath_hits(void)
{
    return fastpath_count;
}

/* The port the descriptor names, if its capability has `rights`; its badge in *badge. */
FASTPATH_STEP struct ipc_port *fastpath_port(struct thread *caller, uint64_t descriptor, uint8_t rights,
                                      uint64_t *badge)
{
    struct lookup_result found = {.slot = lookup_slot_in_root(&caller->cspace_root, descriptor)};
    if (!found.slot && lookup_slot(&caller->cspace_root, descriptor, true, &found) != A9N_OK)
        return 0;
    const struct capability *capability = &found.slot->capability;
    if (capability->type != A9N_OBJECT_IPC_PORT || (capability->rights & rights) != rights)
        return 0;
    *badge = capability->data;
    return ipc_port_of(capability);
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

/* The address-space root of `to` if the fast path may switch from `from` straight to it, else 0. */
FASTPATH_STEP uint64_t fastpath_partner_root(const struct thread *from, const struct thread *to)
{
    uint64_t root = thread_vspace_root(to);
    return root && sched_can_switch_directly(from, to) ? root : 0;
}

/* The last step: `from` blocks in `state` and `to` (with address-space root `root`) runs. */
FASTPATH_STEP _Noreturn void fastpath_switch(struct thread *from, enum thread_state state,
                                      struct thread *to, uint64_t root)
{
    sched_switch_directly(from, state, to);
    fastpath_count++;
    hal_return_to_user(&to->context, root, to->io_ports);
}

FASTPATH_STEP void fastpath_call(struct thread *caller, uint64_t descriptor, unsigned length)
{
    uint64_t badge;
    struct ipc_port *port = fastpath_port(caller, descriptor, A9N_RIGHT_WRITE, &badge);
    if (!port)
        return;
    struct thread *server = port->queue.head;
    if (!server || server->state != THREAD_BLOCKED_RECEIVE || server->reply_to)
        return;
    uint64_t root = fastpath_partner_root(caller, server);
    if (!root)
        return;
    ipc_queue_remove(&port->queue, server);
    fastpath_transfer(caller, server, length, badge);
    server->reply_to = caller;
    caller->reply_from = server;
    fastpath_switch(caller, THREAD_BLOCKED_REPLY, server, root);
}

FASTPATH_STEP void fastpath_reply_receive(struct thread *caller, uint64_t descriptor, unsigned length)
{
    uint64_t badge;
    struct ipc_port *port = fastpath_port(caller, descriptor, A9N_RIGHT_READ, &badge);
    struct thread *client = caller->reply_to;
    if (!port || !client || client->ipc_is_fault)
        return;
    if (port->queue.head && port->queue.head->state == THREAD_BLOCKED_SEND)
        return;
    if (caller->bound_notification && caller->bound_notification->word)
        return;
    uint64_t root = fastpath_partner_root(caller, client);
    if (!root)
        return;
    caller->reply_to = 0;
    client->reply_from = 0;
    fastpath_transfer(caller, client, length, 0);
    ipc_queue_append(&port->queue, caller, port);
    fastpath_switch(caller, THREAD_BLOCKED_RECEIVE, client, root);
}

__attribute__((always_inline)) void fastpath_capability_call(struct thread *caller)
{
    const struct hal_context *context = &caller->context;
    uint64_t operation = hal_context_argument(context, 1);
    unsigned length = (unsigned)A9N_MESSAGE_LENGTH(operation);
    /* Flags (a capability to transfer) and anything unusual go the general way. */
    if (operation >> 32 || length > A9N_MESSAGE_REGISTERS)
        return;
    uint64_t descriptor = hal_context_argument(context, 0);
    switch (operation & 0xffff) {
    case A9N_IPC_PORT_CALL:
        fastpath_call(caller, descriptor, length);
        break;
    case A9N_IPC_PORT_REPLY_RECEIVE:
        fastpath_reply_receive(caller, descriptor, length);
        break;
    default:
        break;
    }
}
