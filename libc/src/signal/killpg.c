/* killpg() (libc, signal): sends a signal to every process of a process group, as
 * kill(-group) does. */
#include <errno.h>
#include <signal.h>

int killpg(pid_t group, int number)
{
    if (group < 0) {
        errno = EINVAL;
        return -1;
    }
    return kill(-group, number);
}
