/*
 * <koito/server.h>: the server loop of KOITO's servers (libkoito, installed
 * with the SDK).
 *
 * A server is an event loop over one IPC port: it receives a request, the
 * badge of the client's capability says which client (session) asks, the
 * label in word 0 says which request; the protocol's generated dispatch
 * (<koito/protocol/NAME_server.h>) checks the whole request, calls the typed
 * handler and encodes the reply, and the loop replies and receives the next
 * request in one kernel call (reply-receive).
 *
 * Capabilities that arrive with a request land in the loop's receive slot; a
 * handler that keeps one moves it out, and the loop deletes whatever is left
 * there after each request, so a capability sent with a malformed request is
 * not kept. A notification bound to the server's thread is handed to
 * `notified`.
 */
#ifndef KOITO_SERVER_H
#define KOITO_SERVER_H

#include <a9n/a9n.h>
#include <koito/protocol.h>
#include <stdbool.h>
#include <stdint.h>

/* One request as the dispatch sees it, and the reply it leaves. */
struct koito_server_message {
    uint64_t badge;                    /* the badge of the client's capability */
    uint64_t length;                   /* words: of the request in, of the reply out */
    uint64_t *words;                   /* the server thread's IPC buffer: word i is words[i] */
    bool capability;                   /* a capability arrived in `received` */
    a9n_descriptor_t received;         /* the loop's receive slot */
    a9n_descriptor_t reply_capability; /* out: a capability to send with the reply, or INVALID */
};

/* A protocol's generated dispatch: handlers is its const struct koito_NAME_handlers *. */
typedef void koito_server_dispatch_t(const void *handlers, void *server,
                                     struct koito_server_message *message);

struct koito_server {
    a9n_descriptor_t port;         /* READ to receive and reply; GRANT to send capabilities */
    uint64_t *ipc_buffer;          /* the serving thread's IPC buffer */
    a9n_descriptor_t receive_slot; /* an empty slot for arriving capabilities, or INVALID */
    koito_server_dispatch_t *dispatch;
    const void *handlers;
    void *context;                                  /* the handlers' `server` argument */
    void (*notified)(void *context, uint64_t bits); /* bound notification; NULL: ignored */
};

/* Fill in `loop` (no receive slot, no notification handler); a protocol's
 * koito_NAME_server_init() calls this with its dispatch. */
void koito_server_init(struct koito_server *loop, a9n_descriptor_t port, uint64_t *ipc_buffer,
                       koito_server_dispatch_t *dispatch, const void *handlers, void *context);

/* Serve requests until the kernel refuses to receive on the port (it was
 * deleted, say); returns that error. It calls loop->dispatch through a
 * pointer; a protocol's generated koito_NAME_serve() runs the same loop with
 * its dispatch compiled in. */
enum a9n_error koito_server_run(struct koito_server *loop);

/*
 * The loop itself, dispatching with `dispatch` and `handlers` instead of the
 * loop's own (the same, for koito_server_run()), for koito_server_run() and
 * the generated koito_NAME_serve(): always inlined, so that a dispatch and a
 * handler table known at compile time are inlined into it and a request's
 * words go from the message registers to its handler without a call in
 * between (every request of every server passes here; a call and its spills
 * cost more than the handler of a small request).
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
#define KOITO_SERVER_INLINE static inline __attribute__((always_inline))

KOITO_SERVER_INLINE enum a9n_error koito_server_receive(struct koito_server *loop,
                                                        struct a9n_message *message)
{
    loop->ipc_buffer[A9N_IPC_BUFFER_RECEIVE] = loop->receive_slot;
    *message = (struct a9n_message){.info = A9N_MESSAGE_INFO(0, 0)};
    return a9n_ipc_port_receive(loop->port, message);
}

/* Dispatch the request in `message` and turn it into the reply. */
KOITO_SERVER_INLINE void koito_server_handle(struct koito_server *loop,
                                             koito_server_dispatch_t *dispatch,
                                             const void *handlers, struct a9n_message *message)
{
    uint64_t *words = loop->ipc_buffer;
    /* All eight, whatever the length: straight copies, no loop (words past the length are
     * stale, and the dispatch reads none of them). */
    __builtin_memcpy(words, message->words, sizeof message->words);
    struct koito_server_message request = {
        .badge = message->badge,
        .length = A9N_MESSAGE_LENGTH(message->info),
        .words = words,
        .capability = (message->info & A9N_MESSAGE_CAPABILITY) != 0,
        .received = loop->receive_slot,
        .reply_capability = A9N_DESCRIPTOR_INVALID,
    };
    dispatch(handlers, loop->context, &request);
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

KOITO_SERVER_INLINE enum a9n_error koito_server_serve(struct koito_server *loop,
                                                      koito_server_dispatch_t *dispatch,
                                                      const void *handlers)
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
        koito_server_handle(loop, dispatch, handlers, &message);
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

#endif
