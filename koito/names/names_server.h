/*
 * The name service (KOITO server): servers register ports under names, and
 * programs look them up, each through the badged capability it was given
 * (see koito/protocol/names.json). It keeps every registered capability in a
 * slot of its own capability space and hands out copies on lookup, so a
 * program never learns a slot it was not sent.
 *
 * Files: names_table.c the table and rules (host-tested), names_server.c the
 * handlers and the loop, main.c the program, generated/ the dispatch.
 */
#ifndef KOITO_NAMES_SERVER_H
#define KOITO_NAMES_SERVER_H

#include "names_table.h"

#include <a9n/a9n.h>
#include <koito/server.h>

/* What the server needs, as descriptors in its own capability space. */
struct names_server_config {
    a9n_descriptor_t port;    /* its IPC port, unbadged, with every right: it receives and
                                 replies through it (GRANT for lookups) and mints from it */
    uint64_t *ipc_buffer;     /* the serving thread's IPC buffer */
    a9n_descriptor_t receive; /* an empty slot where registered capabilities arrive */
    a9n_descriptor_t minted;  /* an empty slot that derive mints into */
    unsigned node_radix;      /* the radix of its root node */
    unsigned table_slot;      /* first of NAMES_TABLE_CAPACITY empty root slots */
};

struct names_server {
    struct names_server_config config;
    struct names_table table;
    struct koito_server loop;
};

/* Set the server up (empty table). */
void names_server_init(struct names_server *server, const struct names_server_config *config);

/* Serve until the port goes away; returns the kernel's error then. */
enum a9n_error names_server_run(struct names_server *server);

#endif
