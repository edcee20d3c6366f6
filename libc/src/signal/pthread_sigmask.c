/*
 * pthread_sigmask() (libc, signal): the process has one signal mask, the main thread's, where
 * every handler runs; any thread changes that one (sigprocmask). Returns the error number.
 */
#include <errno.h>
#include <signal.h>

int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
    int saved = errno;
    if (sigprocmask(how, set, old) != 0) {
        int error = errno;
        errno = saved;
        return error;
    }
    return 0;
}
