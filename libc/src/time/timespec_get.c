/* timespec_get() (libc, time): the calendar time in seconds and nanoseconds
 * for TIME_UTC, from the OS port; 0 (C's failure value) for any other base
 * or while no server keeps time. */
#include "port.h"
#include <time.h>

int timespec_get(struct timespec *result, int base)
{
    long long seconds;
    long nanoseconds;
    if (base != TIME_UTC || __koito_time_now(&seconds, &nanoseconds) < 0) {
        return 0;
    }
    result->tv_sec = seconds;
    result->tv_nsec = nanoseconds;
    return base;
}
