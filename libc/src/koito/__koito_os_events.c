/*
 * __koito_os_events(): the process's events notification (libc, OS port): the POSIX server
 * makes it and signals it when a pipe the process waits on changes (after pipe_wait, or a poll
 * that found nothing ready); its events request gives the process a copy, received once into
 * KOITO_SLOT_EVENTS. A notification keeps a signal until it is waited on, so a change between
 * the server's answer and the wait is not lost.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>

int __koito_os_events(uint64_t *events)
{
    static int received;
    *events = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0),
                                   KOITO_SLOT_EVENTS);
    if (!__atomic_load_n(&received, __ATOMIC_ACQUIRE)) {
        enum koito_posix_error error = koito_posix_events(__koito_os_port(), *events);
        /* Another thread may have received it into the slot first. */
        if (error != KOITO_POSIX_OK && error != (enum koito_posix_error)A9N_ERROR_SLOT_OCCUPIED)
            return -EIO;
        __atomic_store_n(&received, 1, __ATOMIC_RELEASE);
    }
    return 0;
}
