/*
 * Turning an absolute time into a monotonic-clock deadline (libc, threads;
 * see thread_impl.h): every timed wait sleeps against the monotonic clock.
 */
#include "port.h"
#include "thread_impl.h"
#include <errno.h>

#define NANOSECONDS 1000000000ll

int __koito_deadline(clockid_t clock, const struct timespec *time, unsigned long long *deadline)
{
    if (time->tv_nsec < 0 || time->tv_nsec >= NANOSECONDS ||
        (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC))
        return EINVAL;
    unsigned long long monotonic = 0;
    if (__koito_monotonic_now(&monotonic) < 0)
        return EINVAL;
    long long now_seconds = (long long)(monotonic / NANOSECONDS);
    long now_nanoseconds = (long)(monotonic % NANOSECONDS);
    long long calendar_seconds = 0;
    long calendar_nanoseconds = 0;
    if (clock == CLOCK_REALTIME &&
        __koito_time_now(&calendar_seconds, &calendar_nanoseconds) == 0) {
        now_seconds = calendar_seconds;
        now_nanoseconds = calendar_nanoseconds;
    }
    if (time->tv_sec < now_seconds ||
        (time->tv_sec == now_seconds && time->tv_nsec <= now_nanoseconds)) {
        *deadline = 1;
        return 0;
    }
    long long seconds = time->tv_sec - now_seconds;
    if (seconds > 1000000000ll) /* about 31 years: as good as never, without overflow */
        seconds = 1000000000ll;
    long long remaining = seconds * NANOSECONDS + (time->tv_nsec - now_nanoseconds);
    *deadline = monotonic + (unsigned long long)remaining;
    return 0;
}
