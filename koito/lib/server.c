/*
 * The server loop (libkoito, server side); see <koito/server.h>.
 *
 * 1. Receive: the request's words 0..7 arrive in the message registers and
 *    are copied to the IPC buffer, where words 8.. already are.
 * 2. Dispatch: the protocol's generated code checks and answers in place.
 * 3. Empty the receive slot, so no capability is kept by accident.
 * 4. Reply and receive the next request in one call. If the kernel refuses
 *    the reply (the port lacks GRANT for a reply capability, say), the
 *    client still waits: it gets a one-word reply with the common error
 *    malformed_reply instead, and the loop receives afresh, so one bad reply
 *    neither strands a client nor stops a server.
 */
#include <koito/server.h>

#include <a9n/a9n.h>
#include <koito/protocol.h>
#include <stdint.h>

void koito_server_init(struct koito_server *loop, a9n_descriptor_t port, uint64_t *ipc_buffer,
                       koito_server_dispatch_t *dispatch, const void *handlers, void *context)
{
    *loop = (struct koito_server){port,    ipc_buffer, A9N_DESCRIPTOR_INVALID, dispatch, handlers,
                                  context, 0};
}

static enum a9n_error koito_server_receive(struct koito_server *loop, struct a9n_message *message)
{
    loop->ipc_buffer[A9N_IPC_BUFFER_RECEIVE] = loop->receive_slot;
    *message = (struct a9n_message){.info = A9N_MESSAGE_INFO(0, 0)};
    return a9n_ipc_port_receive(loop->port, message);
}

/* Dispatch the request in `message` and turn it into the reply. */
static void koito_server_handle(struct koito_server *loop, struct a9n_message *message)
{
    uint64_t *words = loop->ipc_buffer;
    uint64_t length = A9N_MESSAGE_LENGTH(message->info);
    /* All eight, whatever the length: straight copies, no loop (words past the length are
     * stale, and the dispatch reads none of them). */
    __builtin_memcpy(words, message->words, sizeof message->words);
    struct koito_server_message request = {
        .badge = message->badge,
        .length = length,
        .words = words,
        .capability = (message->info & A9N_MESSAGE_CAPABILITY) != 0,
        .received = loop->receive_slot,
        .reply_capability = A9N_DESCRIPTOR_INVALID,
    };
    loop->dispatch(loop->handlers, loop->context, &request);
    if (request.capability)
        a9n_node_delete(A9N_DESCRIPTOR_ROOT, loop->receive_slot); /* empty if a handler kept it */

    uint64_t flags = 0;
    if (request.reply_capability != A9N_DESCRIPTOR_INVALID) {
        words[A9N_IPC_BUFFER_TRANSFER] = request.reply_capability;
        flags = A9N_MESSAGE_CAPABILITY;
    }
    message->info = A9N_MESSAGE_INFO(request.length, flags);
    __builtin_memcpy(message->words, words, sizeof message->words);
}

enum a9n_error koito_server_run(struct koito_server *loop)
{
    struct a9n_message message;
    enum a9n_error error = koito_server_receive(loop, &message);
    for (;;) {
        if (error != A9N_OK)
            return error;
        if (message.info & A9N_MESSAGE_NOTIFICATION) {
            if (loop->notified)
                loop->notified(loop->context, message.badge);
            error = koito_server_receive(loop, &message);
            continue;
        }
        koito_server_handle(loop, &message);
        loop->ipc_buffer[A9N_IPC_BUFFER_RECEIVE] = loop->receive_slot;
        error = a9n_ipc_port_reply_receive(loop->port, &message);
        if (error != A9N_OK) {
            /* Harmless if the reply went and the receive failed: nobody is owed one. */
            message = (struct a9n_message){.info = A9N_MESSAGE_INFO(1, 0)};
            message.words[0] = KOITO_PROTOCOL_ERROR_MALFORMED_REPLY;
            a9n_ipc_port_reply(loop->port, &message);
            error = koito_server_receive(loop, &message);
        }
    }
}
