/*
 * __koito_os_pipe_wait(): waits until a pipe the POSIX server told this process to wait on
 * changes (libc, OS port). The server answers pipe_wait instead of blocking (it has one thread);
 * its events request gives the process a copy of a notification it signals when that pipe
 * changes, received once into KOITO_SLOT_EVENTS. The notification keeps a signal until it is
 * waited on, so a change between the answer and this wait is not lost. A signal handler cuts the
 * wait short (the signal thread's suspension cancels it): that is 0 too, and the caller asks
 * again or fails with EINTR (__koito_signal_interrupting tells).
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>

int __koito_os_pipe_wait(void)
{
    static int received;
    a9n_descriptor_t events = a9n_descriptor_child(
        A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0), KOITO_SLOT_EVENTS);
    if (!__atomic_load_n(&received, __ATOMIC_ACQUIRE)) {
        enum koito_posix_error error = koito_posix_events(__koito_os_port(), events);
        /* Another thread may have received it into the slot first. */
        if (error != KOITO_POSIX_OK && error != (enum koito_posix_error)A9N_ERROR_SLOT_OCCUPIED)
            return -EIO;
        __atomic_store_n(&received, 1, __ATOMIC_RELEASE);
    }
    enum a9n_error error = a9n_notification_port_wait(events, NULL);
    return error == A9N_OK || error == A9N_ERROR_CANCELLED ? 0 : -EIO;
}
