/* sigaddset() (libc, signal): adds a signal to a set; EINVAL for a number outside 1..NSIG-1. */
#include <errno.h>
#include <signal.h>

int sigaddset(sigset_t *set, int number)
{
    if (number <= 0 || number >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    sigset_t bit = (sigset_t)1 << (number - 1);
    *set |= bit;
    return 0;
}
