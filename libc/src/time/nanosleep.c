/* nanosleep() (libc, time): suspends the thread for at least the requested
 * time of the monotonic clock through the OS port (the timer service). The
 * port sleeps the whole request or fails (nothing interrupts a sleep), so
 * the time left is all of it or none. */
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
    int result = __koito_sys_sleep(nanoseconds);
    if (result < 0) {
        if (remaining)
            *remaining = *request;
        errno = -result;
        return -1;
    }
    if (remaining)
        *remaining = (struct timespec){0, 0};
    return 0;
}
