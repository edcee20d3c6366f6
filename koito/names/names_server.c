/*
 * The name service's handlers and loop (KOITO server); see names_server.h.
 * The generated dispatch has checked every request (label, rights in the
 * badge, lengths, the capability) before a handler here runs; the handlers
 * check what only the service knows (names, the table) before changing
 * anything.
 */
#include "names_server.h"

#include <koito/protocol/names_server.h>
#include <stdbool.h>

static a9n_descriptor_t names_server_slot(const struct names_server *server, unsigned index)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, server->config.node_radix,
                                server->config.table_slot + index);
}

/* Whether entry `index` still holds a capability. A registered capability is
 * a copy of its registrant's, so when the registrant's process is torn down
 * (its capabilities revoked) the copy goes too: the entry is then dropped,
 * and the name of a dead server is free again. */
static bool names_server_alive(struct names_server *server, unsigned index)
{
    enum a9n_object_type type = A9N_OBJECT_NONE;
    if (a9n_node_inspect(A9N_DESCRIPTOR_ROOT, names_server_slot(server, index), &type, 0, 0) !=
            A9N_OK ||
        type != A9N_OBJECT_NONE)
        return true;
    names_table_remove(&server->table, index);
    return false;
}

/* Find `name`, dropping it if its capability is gone. */
static enum koito_names_error names_server_find(struct names_server *server, uint64_t badge,
                                                const uint8_t *name, uint64_t name_length,
                                                unsigned *index)
{
    enum koito_names_error error =
        names_table_find(&server->table, badge, name, (size_t)name_length, index);
    if (error == KOITO_NAMES_OK && !names_server_alive(server, *index))
        error = KOITO_NAMES_ERROR_UNKNOWN_NAME;
    return error;
}

static enum koito_names_error names_server_register(void *context, uint64_t badge,
                                                    const uint8_t *name, uint64_t name_length,
                                                    a9n_descriptor_t port)
{
    struct names_server *server = context;
    unsigned index;
    if (names_server_find(server, badge, name, name_length, &index) == KOITO_NAMES_OK)
        return KOITO_NAMES_ERROR_NAME_TAKEN;
    enum koito_names_error error =
        names_table_add(&server->table, badge, name, (size_t)name_length, &index);
    if (error != KOITO_NAMES_OK)
        return error;
    enum a9n_error moved =
        a9n_node_move(A9N_DESCRIPTOR_ROOT, names_server_slot(server, index), port);
    if (moved != A9N_OK) {
        names_table_remove(&server->table, index);
        return (enum koito_names_error)moved;
    }
    return KOITO_NAMES_OK;
}

static enum koito_names_error names_server_lookup(void *context, uint64_t badge,
                                                  const uint8_t *name, uint64_t name_length,
                                                  a9n_descriptor_t *port)
{
    struct names_server *server = context;
    unsigned index;
    enum koito_names_error error = names_server_find(server, badge, name, name_length, &index);
    if (error == KOITO_NAMES_OK)
        *port = names_server_slot(server, index);
    return error;
}

static enum koito_names_error names_server_unregister(void *context, uint64_t badge,
                                                      const uint8_t *name, uint64_t name_length)
{
    struct names_server *server = context;
    unsigned index;
    enum koito_names_error error = names_server_find(server, badge, name, name_length, &index);
    if (error != KOITO_NAMES_OK)
        return error;
    enum a9n_error deleted = a9n_node_delete(A9N_DESCRIPTOR_ROOT, names_server_slot(server, index));
    if (deleted != A9N_OK)
        return (enum koito_names_error)deleted;
    names_table_remove(&server->table, index);
    return KOITO_NAMES_OK;
}

static enum koito_names_error names_server_derive(void *context, uint64_t badge, uint64_t rights,
                                                  a9n_descriptor_t *derived)
{
    struct names_server *server = context;
    uint64_t new_badge;
    enum koito_names_error error = names_derive_badge(badge, rights, &new_badge);
    if (error != KOITO_NAMES_OK)
        return error;
    /* The slot still holds the capability minted for the previous derive,
     * whose reply has taken its copy; make room for this one. */
    a9n_node_delete(A9N_DESCRIPTOR_ROOT, server->config.minted);
    enum a9n_error minted =
        a9n_node_mint(A9N_DESCRIPTOR_ROOT, server->config.minted, server->config.port,
                      A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, new_badge);
    if (minted != A9N_OK)
        return (enum koito_names_error)minted;
    *derived = server->config.minted;
    return KOITO_NAMES_OK;
}

static const struct koito_names_handlers names_server_handlers = {
    .register_name = names_server_register,
    .lookup = names_server_lookup,
    .unregister_name = names_server_unregister,
    .derive = names_server_derive,
};

void names_server_init(struct names_server *server, const struct names_server_config *config)
{
    server->config = *config;
    names_table_init(&server->table);
    koito_names_server_init(&server->loop, config->port, config->ipc_buffer, &names_server_handlers,
                            server);
    server->loop.receive_slot = config->receive;
}

enum a9n_error names_server_run(struct names_server *server)
{
    return koito_names_serve(&server->loop, &names_server_handlers);
}
