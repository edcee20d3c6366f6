/* pause() (libc, unistd): waits until a signal handler has run; always -1 with EINTR. */
#include <signal.h>
#include <unistd.h>

int pause(void)
{
    sigset_t mask;
    sigprocmask(SIG_BLOCK, NULL, &mask);
    return sigsuspend(&mask);
}
