/*
 * sigaction() (libc, signal): installs an action and reports the previous one. The POSIX server
 * learns what the process now catches and ignores (signal_impl.h); the first handler starts the
 * signal thread that delivers signals from other processes (the manual's POSIX chapter).
 * SIGKILL and SIGSTOP keep their default action: changing it is EINVAL, reading it is not.
 */
#include "signal_impl.h"
#include <errno.h>
#include <stddef.h>

#define SIGACTION_FLAGS (SA_NOCLDSTOP | SA_SIGINFO | SA_RESTART | SA_NODEFER | SA_RESETHAND)

int sigaction(int number, const struct sigaction *restrict action, struct sigaction *restrict old)
{
    if (number <= 0 || number >= NSIG ||
        (action != NULL &&
         (number == SIGKILL || number == SIGSTOP || (action->sa_flags & ~SIGACTION_FLAGS) ||
          action->sa_handler == SIG_ERR))) {
        errno = EINVAL;
        return -1;
    }
    struct sigaction previous;
    __koito_signal_action(number, &previous);
    if (action != NULL) {
        int error = __koito_signal_set_action(number, action);
        if (error < 0) {
            __koito_signal_set_action(number, &previous);
            errno = -error;
            return -1;
        }
    }
    if (old != NULL)
        *old = previous;
    return 0;
}
