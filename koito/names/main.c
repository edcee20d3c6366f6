/*
 * The name service program (KOITO server): sets the service up from the
 * capabilities KOITO init gave it and serves until its port goes away.
 *
 * Its initial capabilities, in slots of its root node (NAMES_SLOT_*): its
 * IPC port (unbadged, every right), then empty slots for arriving and minted
 * capabilities and NAMES_TABLE_CAPACITY empty slots for the table. Until the
 * process model gives every program an information block, the node's radix
 * comes from the root info, so the program runs where KOITO init starts it
 * with this layout; it exits with status 1, saying why, if the port is not
 * there.
 */
#include "names_server.h"

#include <koito/boot.h>
#include <stdio.h>

#define NAMES_SLOT_PORT    16u
#define NAMES_SLOT_RECEIVE 17u
#define NAMES_SLOT_MINTED  18u
#define NAMES_SLOT_TABLE   64u

static struct names_server names_server;

int main(void)
{
    const struct a9n_root_info *info = koito_root_info();
    if (!info || info->node_radix < 7) {
        printf("koito-names: no root node of 128 slots or more\n");
        return 1;
    }
    unsigned radix = info->node_radix;
    struct names_server_config config = {
        .port = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, NAMES_SLOT_PORT),
        .ipc_buffer = koito_ipc_buffer(),
        .receive = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, NAMES_SLOT_RECEIVE),
        .minted = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, NAMES_SLOT_MINTED),
        .node_radix = radix,
        .table_slot = NAMES_SLOT_TABLE,
    };
    enum a9n_object_type type = A9N_OBJECT_NONE;
    if (a9n_node_inspect(A9N_DESCRIPTOR_ROOT, config.port, &type, 0, 0) != A9N_OK ||
        type != A9N_OBJECT_IPC_PORT) {
        printf("koito-names: slot %u holds no IPC port\n", NAMES_SLOT_PORT);
        return 1;
    }
    names_server_init(&names_server, &config);
    enum a9n_error error = names_server_run(&names_server);
    printf("koito-names: the port went away (%s)\n", koito_a9n_error_name(error));
    return 1;
}
