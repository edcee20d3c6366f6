/* select() (libc, sys/select.h): the timeval made nanoseconds for __koito_select. A signal
 * handler that runs while it waits ends it with EINTR, SA_RESTART or not (as on Linux). */
#include "select_impl.h"
#include "signal_impl.h"
#include <errno.h>

int select(int count, fd_set *restrict readable, fd_set *restrict writable,
           fd_set *restrict exceptional, struct timeval *restrict timeout)
{
    unsigned handled = __atomic_load_n(&__koito_signal_handled, __ATOMIC_ACQUIRE);
    long long wait = -1;
    if (timeout != NULL) {
        if (timeout->tv_sec < 0 || timeout->tv_usec < 0 || timeout->tv_usec >= 1000000) {
            errno = EINVAL;
            return -1;
        }
        /* Past about 292 years the wait has no limit in practice. */
        wait = timeout->tv_sec > 9000000000ll
                   ? -1
                   : (long long)timeout->tv_sec * 1000000000ll + timeout->tv_usec * 1000ll;
    }
    return __koito_select(count, readable, writable, exceptional, wait, handled);
}
