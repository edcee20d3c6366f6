/* sigfillset() (libc, signal): a set with every signal 1..NSIG-1. */
#include <signal.h>

int sigfillset(sigset_t *set)
{
    *set = ~(sigset_t)0;
    return 0;
}
