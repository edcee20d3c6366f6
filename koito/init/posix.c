/*
 * The POSIX servers' part of building a process (KOITO init; see init.h), kept apart from the
 * rest of process building. There may be several servers (role = posix sections), each with its
 * own port (the named port of its section's name, its grant "posix") and its own root: a process
 * tree served by one cannot reach another's files or processes (the container model).
 *   - a server gets the initrd's own pages mapped read-only at KOITO_INITRD_ADDRESS (its
 *     information block says where it starts and how big it is: KOITO_AUX_INITRD_*, and which
 *     directory is its root: KOITO_AUX_POSIX_ROOT), from which it builds its root file system:
 *     no copy is made, every server shares the same pages;
 *   - a server gets its spawn area (KOITO_SPAWN_AREA_ADDRESS), fresh frames of its own memory
 *     that init maps read-only in its window too (init_posix_spawn_window): the strings of its
 *     KOITO_SUPERVISOR_START requests pass through them (posix_spawn.c), so a spawn carries more
 *     than one IPC buffer holds and the request itself fits the message registers;
 *   - every other program gets, in KOITO_SLOT_OS, a copy of the port of the server that serves
 *     it (its section's posix key, else the first role = posix section) badged with its process
 *     id, once that port exists: the programs started before their server have none. A POSIX
 *     child is built from its parent's section (posix_spawn.c), so it has its parent's server;
 *   - the servers and every program with an OS port get a notification in KOITO_SLOT_CHILDREN
 *     (unless the spawn grant made it already): init signals it when one of their POSIX
 *     children ends (posix_spawn.c), so waitpid() blocks on it;
 *   - a server may ask whether a process it serves still runs (KOITO_SUPERVISOR_ALIVE), so it
 *     can release what an ended process held, and which processes it serves without having
 *     started them, with their arguments (KOITO_SUPERVISOR_DESCRIBE, posix_describe.c); of a
 *     process another server serves it learns nothing; and how much processor time a running
 *     process it serves has used (KOITO_SUPERVISOR_CPU_TIME), for /proc.
 */
#include "init.h"

_Static_assert(KOITO_SPAWN_AREA_SIZE < INIT_SPAWN_WINDOW_SPAN &&
                   INIT_SPAWN_WINDOWS - INIT_SCRATCH_ADDRESS +
                           (uint64_t)KOITO_CONFIG_MAX_PROGRAMS * INIT_SPAWN_WINDOW_SPAN <=
                       0x200000u,
               "every program's spawn window lies in init's window, apart from the others");

uint64_t init_posix_spawn_window(const struct init_process *server)
{
    return INIT_SPAWN_WINDOWS + (uint64_t)server->program * INIT_SPAWN_WINDOW_SPAN;
}

static enum a9n_error posix_children_notification(struct init_process *process)
{
    enum a9n_error error = a9n_generic_convert(
        init_process_block(process), A9N_OBJECT_NOTIFICATION_PORT, 0, 1, init_process_node(process),
        KOITO_SLOT_CHILDREN, init_identifier_pool());
    return error == A9N_ERROR_SLOT_OCCUPIED ? A9N_OK : error;
}

int init_posix_server_of(unsigned program)
{
    const struct koito_config_program *served = &init.config.programs[program];
    if (served->is_posix || served->is_memory)
        return -1;
    if (served->posix_index != 0)
        return (int)served->posix_index - 1;
    for (unsigned i = 0; i < init.config.program_count; i++) {
        if (init.config.programs[i].is_posix)
            return (int)i;
    }
    return -1;
}

bool init_posix_serves(const struct init_process *server, const struct init_process *process)
{
    return init.config.programs[server->program].is_posix &&
           init_posix_server_of(process->program) == (int)server->program;
}

enum a9n_error init_posix_prepare(struct init_process *process,
                                  const struct koito_config_program *program)
{
    enum a9n_error error;
    if (program->is_posix) {
        error = posix_children_notification(process);
        if (error == A9N_OK)
            error = a9n_node_mint(init_root_slot(A9N_ROOT_SLOT_NODE),
                                  init_process_served_ended(process),
                                  init_process_slot(process, KOITO_SLOT_CHILDREN), A9N_RIGHT_WRITE,
                                  KOITO_CHILDREN_SERVED_ENDED);
        if (error == A9N_OK)
            error = init_image_share_initrd(process, KOITO_INITRD_ADDRESS);
        if (error != A9N_OK)
            return error;
        return init_image_share_with_init(process, KOITO_SPAWN_AREA_ADDRESS, KOITO_SPAWN_AREA_SIZE,
                                          init_posix_spawn_window(process));
    }
    int server = init_posix_server_of(process->program);
    unsigned port = server < 0 ? 0 : init_grant_named(init.config.programs[server].name);
    if (port == 0)
        return A9N_OK;
    error = posix_children_notification(process);
    if (error == A9N_OK)
        error = a9n_node_mint(init_root_slot(A9N_ROOT_SLOT_NODE),
                              init_process_slot(process, KOITO_SLOT_OS), init_book_slot(port),
                              A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, process->pid);
    process->posix_port = error == A9N_OK;
    return error;
}

enum a9n_error init_posix_cpu_time(const struct init_process *asker, uint64_t pid,
                                   uint64_t *nanoseconds)
{
    if (!init.config.programs[asker->program].is_posix)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    const struct init_process *process =
        pid <= UINT32_MAX ? init_process_find((uint32_t)pid) : NULL;
    if (process == NULL || !init_posix_serves(asker, process))
        return A9N_ERROR_INVALID_ARGUMENT;
    *nanoseconds = init_process_cpu_time(process);
    return A9N_OK;
}

enum a9n_error init_posix_alive(const struct init_process *asker, uint64_t pid, uint64_t *alive)
{
    if (!init.config.programs[asker->program].is_posix)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    const struct init_process *process =
        pid <= UINT32_MAX ? init_process_find((uint32_t)pid) : NULL;
    *alive = process != NULL && init_posix_serves(asker, process);
    return A9N_OK;
}
