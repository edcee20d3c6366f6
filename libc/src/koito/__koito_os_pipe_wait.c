/*
 * __koito_os_pipe_wait(): waits until a pipe the POSIX server told this process to wait on
 * changes (libc, OS port). The server answers pipe_wait instead of blocking (it has one thread)
 * and signals the process's events notification (__koito_os_events) when that pipe changes. The
 * notification keeps a signal until it is waited on, so a change between the answer and this
 * wait is not lost. A signal handler cuts the wait short (the signal thread's suspension cancels
 * it): that is 0 too, and the caller asks again or fails with EINTR (__koito_signal_interrupting
 * tells).
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
    enum a9n_error waited = a9n_notification_port_wait(events, NULL);
    return waited == A9N_OK || waited == A9N_ERROR_CANCELLED ? 0 : -EIO;
}
