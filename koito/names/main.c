/*
 * The name service program (KOITO server): sets the service up from the capabilities KOITO init
 * gave it and serves until its port goes away.
 *
 * It runs as a process of KOITO init (<koito/process.h>): its boot configuration grants it the
 * service's port as "names" (`grant = port:names`), which init also mints, badged with the
 * system's namespace and rights, into the KOITO_SLOT_NAME_SERVICE slot of every program granted
 * "name-service". Its scratch slots and table slots come from libkoito's slot allocator. It exits
 * with status 1, saying why, if the port is not there.
 */
#include "names_server.h"

#include <koito/boot.h>
#include <koito/capabilities.h>
#include <koito/slots.h>
#include <stdio.h>

static struct names_server names_server;

int main(void)
{
    a9n_descriptor_t port = koito_capability("names");
    if (koito_capability_type("names") != A9N_OBJECT_IPC_PORT) {
        printf("koito-names: no IPC port granted as \"names\"\n");
        return 1;
    }
    uint64_t receive = koito_slot_allocate(1);
    uint64_t minted = koito_slot_allocate(1);
    uint64_t table = koito_slot_allocate(NAMES_TABLE_CAPACITY);
    if (receive == 0 || minted == 0 || table == 0) {
        printf("koito-names: too few free slots in its node\n");
        return 1;
    }
    struct names_server_config config = {
        .port = port,
        .ipc_buffer = koito_ipc_buffer(),
        .receive = koito_slot(receive),
        .minted = koito_slot(minted),
        .node_radix = koito_node_radix(),
        .table_slot = (unsigned)table,
    };
    names_server_init(&names_server, &config);
    enum a9n_error error = names_server_run(&names_server);
    printf("koito-names: the port went away (%s)\n", koito_a9n_error_name(error));
    return 1;
}
