/*
 * The IPC fast path (portable core): call and reply-receive with a message
 * that fits in the message registers and carries no capability, taken
 * straight from kernel-call entry before the general dispatch.
 *
 * It makes every check the general path makes (the descriptor, the port
 * type, the rights, the partner's state) and more that keep it simple (the
 * partner owes no reply, has an address space, no bound notification bits
 * are pending, no sender is queued); whenever one fails it changes nothing
 * and answers false, and the general path runs the call from the start. What
 * it does then is exactly what the general path would do: the same register
 * results, queue and reply links, and thread states. The switch itself is
 * sched_run()'s choice of the highest-priority runnable thread, so a partner
 * of lower priority than another runnable thread waits its turn as it would
 * on the general path.
 */
#include <hal/context.h>
#include <kernel/ipc.h>
#include <kernel/lookup.h>
#include <kernel/sched.h>

static uint64_t fastpath_count;

uint64_t fastpath_hits(void)
{
    return fastpath_count;
}

/* The port the descriptor names, if its capability has `rights`; its badge in *badge. */
static struct ipc_port *fastpath_port(struct thread *caller, uint64_t descriptor, uint8_t rights,
                                      uint64_t *badge)
{
    struct lookup_result found;
    if (lookup_slot(&caller->cspace_root, descriptor, true, &found) != A9N_OK)
        return 0;
    const struct capability *capability = &found.slot->capability;
    if (capability->type != A9N_OBJECT_IPC_PORT || (capability->rights & rights) != rights)
        return 0;
    *badge = capability->data;
    return ipc_port_of(capability);
}

/* The register part of ipc_transfer_deliver, for a message of at most A9N_MESSAGE_REGISTERS words.
 */
static void fastpath_transfer(struct thread *from, struct thread *to, unsigned length,
                              uint64_t badge)
{
    for (unsigned i = 0; i < length; i++)
        hal_context_set_message(&to->context, i, hal_context_message(&from->context, i));
    hal_context_set_result(&to->context, A9N_OK);
    hal_context_set_argument(&to->context, 0, badge);
    hal_context_set_argument(&to->context, 1, A9N_MESSAGE_INFO(length, 0));
}

static bool fastpath_call(struct thread *caller, uint64_t descriptor, unsigned length)
{
    uint64_t badge;
    struct ipc_port *port = fastpath_port(caller, descriptor, A9N_RIGHT_WRITE, &badge);
    if (!port)
        return false;
    struct thread *server = port->queue.head;
    if (!server || server->state != THREAD_BLOCKED_RECEIVE || server->reply_to ||
        !thread_vspace_root(server))
        return false;
    ipc_queue_remove(&port->queue, server);
    fastpath_transfer(caller, server, length, badge);
    server->reply_to = caller;
    caller->reply_from = server;
    sched_block(caller, THREAD_BLOCKED_REPLY);
    sched_make_runnable(server);
    return true;
}

static bool fastpath_reply_receive(struct thread *caller, uint64_t descriptor, unsigned length)
{
    uint64_t badge;
    struct ipc_port *port = fastpath_port(caller, descriptor, A9N_RIGHT_READ, &badge);
    struct thread *client = caller->reply_to;
    if (!port || !client || client->ipc_is_fault || !thread_vspace_root(client))
        return false;
    if (port->queue.head && port->queue.head->state == THREAD_BLOCKED_SEND)
        return false;
    if (caller->bound_notification && caller->bound_notification->word)
        return false;
    caller->reply_to = 0;
    client->reply_from = 0;
    fastpath_transfer(caller, client, length, 0);
    ipc_queue_append(&port->queue, caller, port);
    sched_block(caller, THREAD_BLOCKED_RECEIVE);
    sched_make_runnable(client);
    return true;
}

bool fastpath_capability_call(struct thread *caller)
{
    const struct hal_context *context = &caller->context;
    if (hal_context_call_number(context) != A9N_KERNEL_CALL_CAPABILITY)
        return false;
    uint64_t operation = hal_context_argument(context, 1);
    unsigned length = (unsigned)A9N_MESSAGE_LENGTH(operation);
    /* Flags (a capability to transfer) and anything unusual go the general way. */
    if (operation >> 32 || length > A9N_MESSAGE_REGISTERS)
        return false;
    uint64_t descriptor = hal_context_argument(context, 0);
    bool done;
    switch (operation & 0xffff) {
    case A9N_IPC_PORT_CALL:
        done = fastpath_call(caller, descriptor, length);
        break;
    case A9N_IPC_PORT_REPLY_RECEIVE:
        done = fastpath_reply_receive(caller, descriptor, length);
        break;
    default:
        return false;
    }
    fastpath_count += done;
    return done;
}
