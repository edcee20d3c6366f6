/* pselect() (libc, sys/select.h): select() with a timespec. KOITO-libc has no signal mask to
 * swap in for the wait (a handler runs only when the process raises its signal itself), so the
 * mask changes nothing. */
#include "select_impl.h"
#include <errno.h>

int pselect(int count, fd_set *restrict readable, fd_set *restrict writable,
            fd_set *restrict exceptional, const struct timespec *restrict timeout,
            const sigset_t *restrict mask)
{
    (void)mask;
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
    return __koito_select(count, readable, writable, exceptional, wait);
}
