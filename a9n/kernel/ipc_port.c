/*
 * IPC ports (portable core): send, receive, call, reply, reply-receive and
 * their non-blocking forms, fault delivery, cancellation and deletion; see
 * include/kernel/ipc_port.h for the protocol and ipc_transfer.c for what a
 * delivery copies.
 *
 * Every operation checks the caller's own message before anything changes;
 * a sender that waited in the queue is checked again when its message is
 * taken, and one that no longer passes is woken with the error instead. Any
 * number of queued senders may fail so (their capabilities revoked, their
 * buffers unmapped), so a receive wakes them one per preemption step
 * (preempt.h): stopped, it has written nothing of the caller's, and the
 * caller runs the same call again, which goes on with the queue as it is.
 */
#include <kernel/ipc_port.h>
#include <kernel/ipc_transfer.h>
#include <kernel/notification.h>
#include <kernel/preempt.h>
#include <kernel/sched.h>

struct capability ipc_port_create(void *memory)
{
    struct ipc_port *port = memory;
    port->header.type = A9N_OBJECT_IPC_PORT;
    port->header.reference_count = 0;
    port->queue = (struct ipc_queue){0};
    return (struct capability){
        .type = A9N_OBJECT_IPC_PORT,
        .rights = (uint8_t)A9N_RIGHTS_ALL,
        .object = (uint64_t)(uintptr_t)port,
    };
}

struct object_header *ipc_port_header(const struct capability *capability)
{
    return &ipc_port_of(capability)->header;
}

/* The first thread queued on the port in `state`, or NULL. */
static struct thread *ipc_port_first(const struct ipc_port *port, enum thread_state state)
{
    struct thread *head = port->queue.head;
    return head && head->state == state ? head : 0;
}

static void ipc_port_clear(struct thread *thread)
{
    thread->ipc_is_call = false;
    thread->ipc_is_fault = false;
}

/* Wake `thread`, blocked in IPC, with `error` as its result. */
static void ipc_port_wake_with_error(struct thread *thread, enum a9n_error error)
{
    /* A faulting thread's registers are its own: it runs again unchanged. */
    if (!thread->ipc_is_fault)
        ipc_transfer_complete(thread, error);
    ipc_port_clear(thread);
    sched_make_runnable(thread);
}

void ipc_port_dequeue(struct thread *thread)
{
    struct ipc_port *port = thread->blocked_on;
    ipc_queue_remove(&port->queue, thread);
}

/* The caller's call was delivered to `server`: wait for its reply. */
static void ipc_port_link_reply(struct thread *caller, struct thread *server)
{
    struct thread *previous = server->reply_to;
    if (previous) {
        previous->reply_from = 0;
        ipc_port_wake_with_error(previous, A9N_ERROR_OBJECT_DELETED);
    }
    server->reply_to = caller;
    caller->reply_from = server;
    sched_block(caller, THREAD_BLOCKED_REPLY);
}

/* After `sender`'s message went to a receiver: a call waits for the reply,
 * a send is done. */
static void ipc_port_finish_send(struct thread *sender, struct thread *receiver)
{
    if (sender->ipc_is_call) {
        ipc_port_link_reply(sender, receiver);
        return;
    }
    ipc_transfer_complete(sender, A9N_OK);
    ipc_port_clear(sender);
    sched_make_runnable(sender);
}

static void ipc_port_send(struct thread *caller, struct ipc_port *port,
                          const struct capability *capability, uint64_t operation, bool call,
                          bool block)
{
    uint64_t info = ipc_transfer_info(operation);
    bool can_grant = capability->rights & A9N_RIGHT_GRANT;
    struct slot *grant;
    enum a9n_error error = ipc_transfer_check(caller, info, can_grant, &grant);
    struct thread *receiver = ipc_port_first(port, THREAD_BLOCKED_RECEIVE);
    if (error == A9N_OK && !receiver && !block)
        error = A9N_ERROR_WOULD_BLOCK;
    if (error != A9N_OK) {
        ipc_transfer_complete(caller, error);
        return;
    }
    caller->ipc_is_call = call;
    caller->ipc_is_fault = false;
    if (!receiver) {
        caller->ipc_operation = info;
        caller->ipc_badge = capability->data;
        caller->ipc_can_grant = can_grant;
        ipc_queue_append(&port->queue, caller, port);
        sched_block(caller, THREAD_BLOCKED_SEND);
        return;
    }
    ipc_queue_remove(&port->queue, receiver);
    ipc_transfer_deliver(caller, receiver, info, capability->data, grant);
    sched_make_runnable(receiver);
    ipc_port_finish_send(caller, receiver);
}

/* Take the first sender whose message still passes its checks; wake those
 * that no longer do with their error, one per preemption step. NULL if no
 * sender is left, or if it stopped at a preemption point (*stopped). */
static struct thread *ipc_port_take_sender(struct ipc_port *port, struct slot **grant,
                                           bool *stopped)
{
    struct thread *sender;
    while ((sender = ipc_port_first(port, THREAD_BLOCKED_SEND))) {
        ipc_queue_remove(&port->queue, sender);
        enum a9n_error error =
            ipc_transfer_check(sender, sender->ipc_operation, sender->ipc_can_grant, grant);
        if (error == A9N_OK)
            return sender;
        ipc_port_wake_with_error(sender, error);
        if (ipc_port_first(port, THREAD_BLOCKED_SEND) && preempt_point()) {
            *stopped = true;
            return 0;
        }
    }
    return 0;
}

/* False if it stopped at a preemption point, the caller untouched. */
static bool ipc_port_receive(struct thread *caller, struct ipc_port *port, bool block)
{
    if (notification_take_bound(caller))
        return true;
    struct slot *grant;
    bool stopped = false;
    struct thread *sender = ipc_port_take_sender(port, &grant, &stopped);
    if (stopped)
        return false;
    if (sender) {
        ipc_transfer_deliver(sender, caller, sender->ipc_operation, sender->ipc_badge, grant);
        ipc_port_finish_send(sender, caller);
        return true;
    }
    if (!block) {
        ipc_transfer_complete(caller, A9N_ERROR_WOULD_BLOCK);
        return true;
    }
    ipc_queue_append(&port->queue, caller, port);
    sched_block(caller, THREAD_BLOCKED_RECEIVE);
    return true;
}

/* Reply to the caller's pending caller, if any; the caller's result is
 * written by whoever calls this. */
static enum a9n_error ipc_port_reply(struct thread *caller, const struct capability *capability,
                                     uint64_t operation)
{
    struct thread *client = caller->reply_to;
    if (!client)
        return A9N_OK;
    uint64_t info = ipc_transfer_info(operation);
    struct slot *grant;
    enum a9n_error error =
        ipc_transfer_check(caller, info, capability->rights & A9N_RIGHT_GRANT, &grant);
    if (error != A9N_OK)
        return error;
    caller->reply_to = 0;
    client->reply_from = 0;
    if (!client->ipc_is_fault)
        ipc_transfer_deliver(caller, client, info, 0, grant);
    ipc_port_clear(client);
    sched_make_runnable(client);
    return A9N_OK;
}

bool ipc_port_invoke(struct thread *caller, struct slot *target, uint64_t operation)
{
    const struct capability *capability = &target->capability;
    struct ipc_port *port = ipc_port_of(capability);
    switch (operation & 0xffff) {
    case A9N_IPC_PORT_SEND:
        ipc_port_send(caller, port, capability, operation, false, true);
        return true;
    case A9N_IPC_PORT_SEND_NONBLOCKING:
        ipc_port_send(caller, port, capability, operation, false, false);
        return true;
    case A9N_IPC_PORT_CALL:
        ipc_port_send(caller, port, capability, operation, true, true);
        return true;
    case A9N_IPC_PORT_RECEIVE:
        return ipc_port_receive(caller, port, true);
    case A9N_IPC_PORT_RECEIVE_NONBLOCKING:
        return ipc_port_receive(caller, port, false);
    case A9N_IPC_PORT_REPLY:
        ipc_transfer_complete(caller, ipc_port_reply(caller, capability, operation));
        return true;
    case A9N_IPC_PORT_REPLY_RECEIVE: {
        /* Run again after a stop, the reply is done: no pending caller is left. */
        enum a9n_error error = ipc_port_reply(caller, capability, operation);
        if (error == A9N_OK)
            return ipc_port_receive(caller, port, true);
        ipc_transfer_complete(caller, error);
        return true;
    }
    default:
        ipc_transfer_complete(caller, A9N_ERROR_UNKNOWN_CALL);
        return true;
    }
}

bool ipc_port_send_fault(struct thread *thread)
{
    const struct capability *resolver = &thread->resolver.capability;
    if (resolver->type != A9N_OBJECT_IPC_PORT || !(resolver->rights & A9N_RIGHT_WRITE))
        return false;
    struct ipc_port *port = ipc_port_of(resolver);
    unsigned length = thread->fault_length;
    if (length > A9N_MESSAGE_REGISTERS)
        length = A9N_MESSAGE_REGISTERS;
    thread->ipc_is_call = true;
    thread->ipc_is_fault = true;
    thread->ipc_operation = A9N_MESSAGE_INFO(length, A9N_MESSAGE_FAULT);
    thread->ipc_badge = resolver->data;
    thread->ipc_can_grant = false;
    struct thread *receiver = ipc_port_first(port, THREAD_BLOCKED_RECEIVE);
    if (!receiver) {
        ipc_queue_append(&port->queue, thread, port);
        sched_block(thread, THREAD_BLOCKED_SEND);
        return true;
    }
    ipc_queue_remove(&port->queue, receiver);
    ipc_transfer_deliver(thread, receiver, thread->ipc_operation, thread->ipc_badge, 0);
    sched_make_runnable(receiver);
    ipc_port_link_reply(thread, receiver);
    return true;
}

void ipc_cancel(struct thread *thread)
{
    switch (thread->state) {
    case THREAD_BLOCKED_SEND:
    case THREAD_BLOCKED_RECEIVE:
        ipc_port_dequeue(thread);
        break;
    case THREAD_BLOCKED_NOTIFICATION:
        notification_dequeue(thread);
        break;
    default:
        break;
    }
    if (thread->reply_from) {
        thread->reply_from->reply_to = 0;
        thread->reply_from = 0;
    }
    struct thread *client = thread->reply_to;
    if (client) {
        thread->reply_to = 0;
        client->reply_from = 0;
        ipc_port_wake_with_error(client, A9N_ERROR_OBJECT_DELETED);
    }
    ipc_port_clear(thread);
}

bool ipc_port_destroy(struct object_header *header)
{
    struct ipc_port *port = (struct ipc_port *)header;
    struct thread *thread;
    while ((thread = port->queue.head)) {
        ipc_queue_remove(&port->queue, thread);
        ipc_port_wake_with_error(thread, A9N_ERROR_OBJECT_DELETED);
        if (port->queue.head && preempt_point())
            return false;
    }
    return true;
}
