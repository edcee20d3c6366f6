/* pselect() (libc, sys/select.h): select() with a timespec and, when mask is given, that signal
 * mask in place for the wait. The handler counter is read before the mask changes, so a signal
 * that the new mask lets through, pending already or arriving during the wait, ends the call
 * with EINTR after its handler ran, as if the change and the wait were one step; the old mask is
 * back when pselect returns. */
#include "select_impl.h"
#include "signal_impl.h"
#include <errno.h>
#include <signal.h>

int pselect(int count, fd_set *restrict readable, fd_set *restrict writable,
            fd_set *restrict exceptional, const struct timespec *restrict timeout,
            const sigset_t *restrict mask)
{
    long long wait = -1;
    if (timeout != NULL) {
        if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000) {
            errno = EINVAL;
            return -1;
        }
        wait = timeout->tv_sec > 9000000000ll
                   ? -1
                   : (long long)timeout->tv_sec * 1000000000ll + timeout->tv_nsec;
    }
    unsigned handled = __atomic_load_n(&__koito_signal_handled, __ATOMIC_ACQUIRE);
    sigset_t old;
    if (mask != NULL && sigprocmask(SIG_SETMASK, mask, &old) != 0)
        return -1;
    int ready = __koito_select(count, readable, writable, exceptional, wait, handled);
    if (mask != NULL) {
        int saved = errno;
        sigprocmask(SIG_SETMASK, &old, NULL);
        errno = saved;
    }
    return ready;
}
