/*
 * signal() (libc, signal): sigaction() with the BSD and glibc meaning: the handler keeps its
 * place after it runs, calls it interrupts restart (SA_RESTART), nothing else is blocked while it
 * runs but the signal itself. SIGKILL and SIGSTOP cannot be caught or ignored (EINVAL).
 */
#include <errno.h>
#include <signal.h>

void (*signal(int number, void (*handler)(int)))(int)
{
    if (handler == SIG_ERR) {
        errno = EINVAL;
        return SIG_ERR;
    }
    struct sigaction action = {.sa_handler = handler, .sa_flags = SA_RESTART}, old;
    if (sigaction(number, &action, &old) != 0)
        return SIG_ERR;
    return old.sa_handler;
}
