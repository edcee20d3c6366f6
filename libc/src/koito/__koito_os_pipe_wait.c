/*
 * __koito_os_pipe_wait(): waits until a pipe the POSIX server told this process to wait on
 * changes (libc, OS port). The server answers pipe_wait instead of blocking (it has one thread)
 * and signals the process's events notification (__koito_os_events) when that pipe changes.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>

int __koito_os_pipe_wait(void)
{
    uint64_t events = 0;
    int error = __koito_os_events(&events);
    if (error < 0)
        return error;
    return a9n_notification_port_wait(events, NULL) == A9N_OK ? 0 : -EIO;
}
