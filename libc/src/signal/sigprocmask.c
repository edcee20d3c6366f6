/*
 * sigprocmask() (libc, signal): changes the process's signal mask, the main thread's (handlers
 * run there). Signals it unblocks that were pending are delivered before it returns. SIGKILL and
 * SIGSTOP are silently left out, as POSIX says.
 */
#include "signal_impl.h"
#include <errno.h>
#include <stddef.h>

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
    sigset_t mask = __atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE);
    if (set == NULL) {
        if (old != NULL)
            *old = mask;
        return 0;
    }
    switch (how) {
    case SIG_BLOCK:
        mask |= *set;
        break;
    case SIG_UNBLOCK:
        mask &= ~*set;
        break;
    case SIG_SETMASK:
        mask = *set;
        break;
    default:
        errno = EINVAL;
        return -1;
    }
    __koito_signal_set_mask(mask, old);
    return 0;
}
