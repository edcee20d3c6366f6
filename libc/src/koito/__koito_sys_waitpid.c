/*
 * __koito_sys_waitpid(): waits for a child process; returns its process id (libc, OS port). The
 * POSIX server's wait request never blocks: while the children asked about all run, this
 * sleeps on the notification init signals whenever one of this process's children ends
 * (KOITO_SLOT_CHILDREN) and asks again. There are no process groups: 0 means any child, as
 * -1 does; a group below -1 has no children (ECHILD). No child ever stops, so WUNTRACED
 * changes nothing. A signal handler without SA_RESTART that runs while it sleeps ends it with
 * EINTR.
 */
#include "port.h"
#include "signal_call.h"
#include "signal_impl.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>
#include <limits.h>
#include <sys/wait.h>

int __koito_sys_waitpid(int process, int *status, int options)
{
    if ((options & ~(WNOHANG | WUNTRACED)) != 0)
        return -EINVAL;
    if (process == INT_MIN)
        return -ECHILD;
    /* 0: the caller's group, below -1: group -process, -1: any child. */
    uint64_t group = process == 0 || process < -1 ? KOITO_POSIX_WAIT_GROUP : 0;
    uint64_t which = process == -1  ? KOITO_POSIX_WAIT_ANY
                     : process <= 0 ? (uint64_t)-process
                                    : (uint64_t)process;
    a9n_descriptor_t children = a9n_descriptor_child(
        A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0), KOITO_SLOT_CHILDREN);
    unsigned interrupting = __koito_signal_since(&__koito_signal_interrupting);
    for (;;) {
        uint64_t child = 0, child_status = 0;
        int error = __koito_os_error(koito_posix_wait(
            __koito_os_port(), which, group | (options & WNOHANG ? KOITO_POSIX_WAIT_NOHANG : 0),
            &child, &child_status));
        if (error < 0)
            return error;
        if (child != 0) {
            if (status != NULL)
                *status = (int)child_status;
            return (int)child;
        }
        if (options & WNOHANG)
            return 0;
        enum a9n_error wait = a9n_notification_port_wait(children, NULL);
        if (wait != A9N_OK && wait != A9N_ERROR_CANCELLED)
            __koito_yield();
        if (__koito_signal_interrupted(&__koito_signal_interrupting, interrupting))
            return -EINTR;
    }
}
