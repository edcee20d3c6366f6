/* sigismember() (libc, signal): tells whether a signal is in a set (1 or 0); EINVAL for a number
 * outside 1..NSIG-1. */
#include <errno.h>
#include <signal.h>

int sigismember(const sigset_t *set, int number)
{
    if (number <= 0 || number >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    sigset_t bit = (sigset_t)1 << (number - 1);
    return (*set & bit) != 0;
}
