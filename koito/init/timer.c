/*
 * The timer service's part of building a process (KOITO init; see init.h), kept apart from the
 * rest of process building: every program started once the port named "timer" exists (the one
 * the timer service is granted as port:timer) gets a copy of it in KOITO_SLOT_TIMER, badged with
 * its process id, which is how the service tells its clients apart. Programs started before the
 * service have none, and their sleeps fail with ENOSYS.
 */
#include "init.h"

#define TIMER_PORT_NAME "timer"

enum a9n_error init_timer_prepare(struct init_process *process)
{
    unsigned port = init_grant_named(TIMER_PORT_NAME);
    if (port == 0)
        return A9N_OK;
    return a9n_node_mint(init_root_slot(A9N_ROOT_SLOT_NODE),
                         init_process_slot(process, KOITO_SLOT_TIMER), init_book_slot(port),
                         A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, process->pid);
}
