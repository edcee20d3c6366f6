/* nanosleep() (libc, time): suspends the thread for at least the requested
 * time of the monotonic clock through the OS port (the timer service). A
 * signal handler cuts it short with EINTR, whatever its SA_RESTART (as on
 * Linux), and *remaining then says how much was left. */
#include "port.h"
#include <errno.h>
#include <limits.h>
#include <time.h>

int nanosleep(const struct timespec *request, struct timespec *remaining)
{
    if (!request || request->tv_nsec < 0 || request->tv_nsec >= 1000000000L ||
        request->tv_sec < 0) {
        errno = EINVAL;
        return -1;
    }
    long long nanoseconds = LLONG_MAX;
    if (request->tv_sec < (LLONG_MAX - request->tv_nsec) / 1000000000LL)
        nanoseconds = (long long)request->tv_sec * 1000000000LL + request->tv_nsec;
    long long left = 0;
    int result = __koito_sys_sleep(nanoseconds, &left);
    if (result < 0) {
        if (remaining)
            *remaining = result == -EINTR
                             ? (struct timespec){left / 1000000000LL, left % 1000000000LL}
                             : *request;
        errno = -result;
        return -1;
    }
    if (remaining)
        *remaining = (struct timespec){0, 0};
    return 0;
}
