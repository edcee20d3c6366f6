/*
 * sigwait() (libc, signal): waits until a signal of `set` is pending and takes it, without
 * running its handler. The signals of set should be blocked (POSIX leaves it undefined if not:
 * here a handler may then take them first). Returns the error number: EINVAL for an empty set.
 */
#include "port.h"
#include "signal_impl.h"
#include <errno.h>

int sigwait(const sigset_t *restrict set, int *restrict number)
{
    sigset_t wanted = *set & ~__KOITO_SIGNAL_FIXED;
    if (wanted == 0)
        return EINVAL;
    __koito_signal_port_prepare_wait();
    /* Route the blocked signals to the process even if it has no handler for them. */
    __koito_signal_routes();
    siginfo_t info;
    for (;;) {
        __koito_signal_port_fetch();
        if (__koito_signal_take(wanted, &info)) {
            *number = info.si_signo;
            return 0;
        }
        __koito_signal_port_wait();
    }
}
