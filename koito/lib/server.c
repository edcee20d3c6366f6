/*
 * The server loop (libkoito, server side): the loop is <koito/server.h>'s
 * koito_server_serve(); here it runs with the dispatch the loop was set up
 * with.
 */
#include <koito/server.h>

#include <a9n/a9n.h>
#include <stdint.h>

void koito_server_init(struct koito_server *loop, a9n_descriptor_t port, uint64_t *ipc_buffer,
                       koito_server_dispatch_t *dispatch, const void *handlers, void *context)
{
    *loop = (struct koito_server){port,    ipc_buffer, A9N_DESCRIPTOR_INVALID, dispatch, handlers,
                                  context, 0};
}

enum a9n_error koito_server_run(struct koito_server *loop)
{
    return koito_server_serve(loop, loop->dispatch, loop->handlers);
}
