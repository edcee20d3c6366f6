/* kill() (libc, signal): a signal for the calling process (its id, or 0 for its group, which is
 * just itself) is raised at once, so its handler runs before kill() returns; signals for other
 * processes go through the OS port (the POSIX server): the target's handler runs, it ignores
 * the signal, or the default action applies. Signal 0 only checks that the process exists and
 * may be signalled. */
#include "port.h"
#include <errno.h>
#include <signal.h>
#include <unistd.h>

int kill(pid_t process, int number)
{
    if (number < 0 || number >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    if (process == 0 || process == getpid()) {
        return number == 0 ? 0 : raise(number);
    }
    int result = __koito_sys_kill(process, number);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
