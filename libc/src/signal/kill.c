/* kill() (libc, signal): a signal for the calling process (its id) is raised at once, so its
 * handler runs before kill() returns; signals for other processes and for process groups (0:
 * the caller's, -group, -1: every process the caller may signal) go through the OS port (the
 * POSIX server): the target's handler runs, it ignores the signal, or the default action
 * applies. A group that holds the caller: the server signals the others, and the signal is
 * raised in the caller, whose handler runs before kill() returns. Signal 0 only checks that the
 * process exists and may be signalled. */
#include "port.h"
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <unistd.h>

int kill(pid_t process, int number)
{
    if (number < 0 || number >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    if (process == getpid())
        return number == 0 ? 0 : raise(number);
    int result;
    if (process > 0)
        result = __koito_sys_kill(process, number);
    else if (process == INT_MIN)
        result = -ESRCH;
    else
        result = __koito_sys_kill_group(process == -1 ? -1 : -process, number);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    /* The server signalled the rest of the caller's own group; the caller raises it itself. */
    if (number != 0 && (process == 0 || -process == getpgrp()))
        return raise(number);
    return 0;
}
