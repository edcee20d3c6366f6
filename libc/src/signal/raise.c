/*
 * raise() (libc, signal): sends a signal to the calling process at once: it becomes pending and,
 * unless the mask blocks it, its action runs before raise() returns: the handler, nothing, or the
 * default action, which for most signals ends the process as killed by the signal (the POSIX
 * server ends it, so its parent sees WTERMSIG).
 */
#include "signal_impl.h"
#include <errno.h>
#include <unistd.h>

int raise(int number)
{
    if (number <= 0 || number >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    siginfo_t info = {.si_signo = number, .si_code = SI_USER, .si_pid = getpid()};
    __koito_signal_queue(&info);
    __koito_signal_deliver();
    return 0;
}
