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
 * deleted, say); returns that error. */
enum a9n_error koito_server_run(struct koito_server *loop);

#endif
