/*
 * The capabilities the boot configuration grants (KOITO init), put into a new process's node from
 * KOITO_SLOT_FIRST_GRANT on, in the configuration's order:
 *   port:NAME, notification:NAME  a copy of the IPC or notification port init made for NAME the
 *                                 first time a program was granted it (so programs granted the
 *                                 same name share it)
 *   serial, debug-exit            an I/O port range issued from init's I/O port capability:
 *                                 COM2's eight ports (the user-level serial line), port 0xf4
 *   serial-interrupt              the interrupt port of COM2's line, from the interrupt region
 *   pit, pit-interrupt            the PIT's four ports and the interrupt port of its line
 *                                 (I/O APIC input 2, where PCs wire ISA IRQ 0)
 *   console-output, -input        (role = console only) the console's ports, to receive on
 *   spawn                         the supervisor port with a badge that also allows starting
 *                                 programs (<koito/spawn.h>), and a notification in the fixed
 *                                 slot KOITO_SLOT_CHILDREN that init signals when a child ends
 *   name-service                  the port named "names" (the name service's), badged for the
 *                                 system's namespace with lookup and register rights, in the
 *                                 fixed slot KOITO_SLOT_NAME_SERVICE rather than the next one
 *   posix                         (role = posix only) the server's own port: the named port of
 *                                 its section's name, so each POSIX server has its own (posix.c
 *                                 mints its clients' OS ports from it)
 * Named objects are made from init's general memory and kept for good.
 */
#include "init.h"

#include <koito/names.h>
#include <stdio.h>
#include <string.h>

/* The namespace every program of the boot configuration shares. */
#define GRANT_SYSTEM_NAMESPACE 1u

#define GRANT_SERIAL_FIRST     0x2f8u
#define GRANT_SERIAL_COUNT     8u
#define GRANT_SERIAL_LINE      3u
#define GRANT_DEBUG_EXIT_FIRST 0xf4u
#define GRANT_PIT_FIRST        0x40u
#define GRANT_PIT_COUNT        4u
#define GRANT_PIT_LINE         2u

unsigned init_grant_slot(const struct koito_config_program *program, unsigned index)
{
    if (program->grants[index].kind == KOITO_CONFIG_GRANT_NAME_SERVICE)
        return KOITO_SLOT_NAME_SERVICE;
    return KOITO_SLOT_FIRST_GRANT + index;
}

/* The bookkeeping slot of the object named name, made on first use; 0 after reporting why. */
static unsigned grants_named(const struct koito_config_grant *grant, const char *program)
{
    for (unsigned k = 0; k < init.named_count; k++) {
        if (strcmp(init.named[k].name, grant->name) != 0)
            continue;
        if (init.named[k].kind != grant->kind) {
            printf("koito: %s: '%s' is granted both as a port and as a notification\n", program,
                   grant->name);
            return 0;
        }
        return INIT_BOOK_FIRST_NAMED + k;
    }
    if (init.named_count == INIT_MAX_NAMED) {
        printf("koito: %s: too many named capabilities (at most %u)\n", program, INIT_MAX_NAMED);
        return 0;
    }
    unsigned slot = INIT_BOOK_FIRST_NAMED + init.named_count;
    enum a9n_object_type type =
        grant->kind == KOITO_CONFIG_GRANT_PORT ? A9N_OBJECT_IPC_PORT : A9N_OBJECT_NOTIFICATION_PORT;
    enum a9n_error error = init_convert(type, 0, 1, slot);
    if (error != A9N_OK) {
        printf("koito: %s: cannot make '%s' (error %d)\n", program, grant->name, (int)error);
        return 0;
    }
    memcpy(init.named[init.named_count].name, grant->name, sizeof grant->name);
    init.named[init.named_count].kind = grant->kind;
    init.named_count++;
    return slot;
}

unsigned init_grant_named(const char *name)
{
    for (unsigned k = 0; k < init.named_count; k++) {
        if (strcmp(init.named[k].name, name) == 0)
            return INIT_BOOK_FIRST_NAMED + k;
    }
    return 0;
}

static enum a9n_error grants_one(struct init_process *process,
                                 const struct koito_config_grant *grant, unsigned index)
{
    a9n_descriptor_t root_node = init_root_slot(A9N_ROOT_SLOT_NODE);
    a9n_descriptor_t io_ports = init_root_slot(A9N_ROOT_SLOT_IO_PORTS);
    a9n_descriptor_t destination = init_process_slot(process, index);
    unsigned named;
    switch (grant->kind) {
    case KOITO_CONFIG_GRANT_PORT:
    case KOITO_CONFIG_GRANT_NOTIFICATION:
        named = grants_named(grant, process->name);
        if (named == 0)
            return A9N_ERROR_INVALID_ARGUMENT;
        return a9n_node_copy(root_node, destination, init_book_slot(named),
                             grant->kind == KOITO_CONFIG_GRANT_PORT
                                 ? A9N_RIGHT_READ | A9N_RIGHT_WRITE | A9N_RIGHT_GRANT
                                 : A9N_RIGHT_READ | A9N_RIGHT_WRITE);
    case KOITO_CONFIG_GRANT_SERIAL:
        return a9n_io_port_issue_range(io_ports, GRANT_SERIAL_FIRST, GRANT_SERIAL_COUNT,
                                       init_process_node(process), index);
    case KOITO_CONFIG_GRANT_SERIAL_INTERRUPT:
        return a9n_interrupt_region_issue_port(init_root_slot(A9N_ROOT_SLOT_INTERRUPTS),
                                               GRANT_SERIAL_LINE, init_process_node(process),
                                               index);
    case KOITO_CONFIG_GRANT_PIT:
        return a9n_io_port_issue_range(io_ports, GRANT_PIT_FIRST, GRANT_PIT_COUNT,
                                       init_process_node(process), index);
    case KOITO_CONFIG_GRANT_PIT_INTERRUPT:
        return a9n_interrupt_region_issue_port(init_root_slot(A9N_ROOT_SLOT_INTERRUPTS),
                                               GRANT_PIT_LINE, init_process_node(process), index);
    case KOITO_CONFIG_GRANT_CONSOLE_OUTPUT:
    case KOITO_CONFIG_GRANT_CONSOLE_INPUT:
        return a9n_node_copy(root_node, destination, init_console_port(grant->kind),
                             A9N_RIGHT_READ);
    case KOITO_CONFIG_GRANT_DEBUG_EXIT:
        return a9n_io_port_issue_range(io_ports, GRANT_DEBUG_EXIT_FIRST, 1,
                                       init_process_node(process), index);
    case KOITO_CONFIG_GRANT_SPAWN: {
        /* With it, the notification init signals when one of its children ends. */
        enum a9n_error error = a9n_generic_convert(
            init_process_block(process), A9N_OBJECT_NOTIFICATION_PORT, 0, 1,
            init_process_node(process), KOITO_SLOT_CHILDREN, init_identifier_pool());
        if (error != A9N_OK)
            return error;
        return a9n_node_mint(root_node, destination, init_book_slot(INIT_BOOK_PORT),
                             A9N_RIGHT_WRITE, process->pid | INIT_BADGE_SPAWN);
    }
    case KOITO_CONFIG_GRANT_POSIX: {
        struct koito_config_grant own = {.kind = KOITO_CONFIG_GRANT_PORT};
        memcpy(own.name, init.config.programs[process->program].name, sizeof own.name);
        named = grants_named(&own, process->name);
        if (named == 0)
            return A9N_ERROR_INVALID_ARGUMENT;
        return a9n_node_copy(root_node, destination, init_book_slot(named),
                             A9N_RIGHT_READ | A9N_RIGHT_WRITE | A9N_RIGHT_GRANT);
    }
    case KOITO_CONFIG_GRANT_NAME_SERVICE: {
        struct koito_config_grant service = {.kind = KOITO_CONFIG_GRANT_PORT, .name = "names"};
        named = grants_named(&service, process->name);
        if (named == 0)
            return A9N_ERROR_INVALID_ARGUMENT;
        return a9n_node_mint(
            root_node, destination, init_book_slot(named), A9N_RIGHT_WRITE | A9N_RIGHT_GRANT,
            koito_names_badge(GRANT_SYSTEM_NAMESPACE,
                              KOITO_NAMES_RIGHT_LOOKUP | KOITO_NAMES_RIGHT_REGISTER));
    }
    }
    return A9N_ERROR_INVALID_ARGUMENT;
}

int init_grants_give(struct init_process *process, const struct koito_config_program *program)
{
    for (unsigned i = 0; i < program->grant_count; i++) {
        enum a9n_error error =
            grants_one(process, &program->grants[i], init_grant_slot(program, i));
        if (error != A9N_OK) {
            printf("koito: %s: cannot grant '%s' (error %d)\n", process->name,
                   program->grants[i].name, (int)error);
            return -1;
        }
    }
    return (int)program->grant_count;
}
