/* clock_gettime() (libc, time): CLOCK_REALTIME from the OS port's calendar
 * clock, CLOCK_MONOTONIC from its monotonic one; EINVAL for other clocks. */
#include "port.h"
#include <errno.h>
#include <time.h>

int clock_gettime(clockid_t clock, struct timespec *result)
{
    long long seconds = 0;
    long nanoseconds = 0;
    int error = -EINVAL;
    if (clock == CLOCK_REALTIME) {
        error = __koito_time_now(&seconds, &nanoseconds);
    } else if (clock == CLOCK_MONOTONIC) {
        unsigned long long now = 0;
        error = __koito_monotonic_now(&now);
        seconds = (long long)(now / 1000000000u);
        nanoseconds = (long)(now % 1000000000u);
    }
    if (error < 0) {
        errno = -error;
        return -1;
    }
    result->tv_sec = seconds;
    result->tv_nsec = nanoseconds;
    return 0;
}
