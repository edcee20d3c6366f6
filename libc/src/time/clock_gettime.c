/* clock_gettime() (libc, time): CLOCK_MONOTONIC and CLOCK_REALTIME from the
 * OS port's clocks, which read the time-stamp counter with no kernel call
 * (ENOSYS where there is no calibration), first: they are the fast ones;
 * CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID from the kernel's
 * processor-time counts; EINVAL for other clocks. */
#include "port.h"
#include <errno.h>
#include <time.h>

#define NANOSECONDS 1000000000ull

int clock_gettime(clockid_t clock, struct timespec *result)
{
    if (clock == CLOCK_MONOTONIC) {
        unsigned long long now = 0;
        int error = __koito_monotonic_now(&now);
        if (error < 0) {
            errno = -error;
            return -1;
        }
        result->tv_sec = (time_t)(now / NANOSECONDS);
        result->tv_nsec = (long)(now % NANOSECONDS);
        return 0;
    }
    if (clock == CLOCK_REALTIME) {
        long long seconds = 0;
        long nanoseconds = 0;
        int error = __koito_time_now(&seconds, &nanoseconds);
        if (error < 0) {
            errno = -error;
            return -1;
        }
        result->tv_sec = seconds;
        result->tv_nsec = nanoseconds;
        return 0;
    }
    if (clock == CLOCK_PROCESS_CPUTIME_ID || clock == CLOCK_THREAD_CPUTIME_ID) {
        unsigned long long used = 0;
        int error = clock == CLOCK_PROCESS_CPUTIME_ID ? __koito_cpu_time_process(&used)
                                                      : __koito_cpu_time_thread(&used);
        if (error < 0) {
            errno = -error;
            return -1;
        }
        result->tv_sec = (time_t)(used / NANOSECONDS);
        result->tv_nsec = (long)(used % NANOSECONDS);
        return 0;
    }
    errno = EINVAL;
    return -1;
}
