/*
 * The POSIX server's part of building a process (KOITO init; see init.h), kept apart from the
 * rest of process building:
 *   - the program whose role is posix gets the initrd's own pages mapped read-only at
 *     KOITO_INITRD_ADDRESS (its information block says where it starts and how big it is:
 *     KOITO_AUX_INITRD_*), from which it builds its root file system: no copy is made;
 *   - every other program gets, in KOITO_SLOT_OS, a copy of the port named "posix" (the one the
 *     server is granted as port:posix) badged with its process id, once that port exists: the
 *     programs started before the server have none;
 *   - the server and every program with an OS port get a notification in KOITO_SLOT_CHILDREN
 *     (unless the spawn grant made it already): init signals it when one of their POSIX
 *     children ends (posix_spawn.c), so waitpid() blocks on it;
 *   - the server may ask whether a process still runs (KOITO_SUPERVISOR_ALIVE), so it can release
 *     what an ended process held.
 */
#include "init.h"

#define POSIX_PORT_NAME "posix"

static enum a9n_error posix_children_notification(struct init_process *process)
{
    enum a9n_error error = a9n_generic_convert(
        init_process_block(process), A9N_OBJECT_NOTIFICATION_PORT, 0, 1, init_process_node(process),
        KOITO_SLOT_CHILDREN, init_identifier_pool());
    return error == A9N_ERROR_SLOT_OCCUPIED ? A9N_OK : error;
}

enum a9n_error init_posix_prepare(struct init_process *process,
                                  const struct koito_config_program *program)
{
    enum a9n_error error;
    if (program->is_posix) {
        error = posix_children_notification(process);
        if (error != A9N_OK)
            return error;
        return init_image_share_initrd(process, KOITO_INITRD_ADDRESS);
    }
    unsigned port = init_grant_named(POSIX_PORT_NAME);
    if (port == 0)
        return A9N_OK;
    error = posix_children_notification(process);
    if (error != A9N_OK)
        return error;
    return a9n_node_mint(init_root_slot(A9N_ROOT_SLOT_NODE),
                         init_process_slot(process, KOITO_SLOT_OS), init_book_slot(port),
                         A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, process->pid);
}

enum a9n_error init_posix_alive(const struct init_process *asker, uint64_t pid, uint64_t *alive)
{
    if (!init.config.programs[asker->program].is_posix)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    *alive = pid <= UINT32_MAX && init_process_find((uint32_t)pid) != NULL;
    return A9N_OK;
}
