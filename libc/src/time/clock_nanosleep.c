/*
 * clock_nanosleep() (libc, time): sleeps for a relative time, or with TIMER_ABSTIME until an
 * absolute time, of CLOCK_MONOTONIC or CLOCK_REALTIME, through the OS port (the timer service).
 * Returns the error number instead of setting errno, as POSIX says: EINVAL for another clock or
 * flag or a bad time; ENOSYS without clocks. Nothing interrupts a sleep: *remaining is zeroed.
 */
#include "port.h"
#include <errno.h>
#include <limits.h>
#include <time.h>

#define NANOSECONDS 1000000000ll

/* The nanoseconds from now until absolute `time` of `clock` (0 if it has passed). */
static int clock_nanosleep_until(clockid_t clock, const struct timespec *time, long long *left)
{
    long long now_seconds = 0;
    long now_nanoseconds = 0;
    if (clock == CLOCK_REALTIME) {
        int error = __koito_time_now(&now_seconds, &now_nanoseconds);
        if (error < 0)
            return -error;
    } else {
        unsigned long long now = 0;
        int error = __koito_monotonic_now(&now);
        if (error < 0)
            return -error;
        now_seconds = (long long)(now / NANOSECONDS);
        now_nanoseconds = (long)(now % NANOSECONDS);
    }
    long long seconds = time->tv_sec - now_seconds;
    if (seconds < 0 || (seconds == 0 && time->tv_nsec <= now_nanoseconds)) {
        *left = 0;
        return 0;
    }
    *left = seconds >= LLONG_MAX / NANOSECONDS - 1
                ? LLONG_MAX
                : seconds * NANOSECONDS + (time->tv_nsec - now_nanoseconds);
    return 0;
}

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remaining)
{
    if ((clock != CLOCK_MONOTONIC && clock != CLOCK_REALTIME) || (flags & ~TIMER_ABSTIME) ||
        request == NULL || request->tv_nsec < 0 || request->tv_nsec >= NANOSECONDS)
        return EINVAL;
    long long nanoseconds = 0;
    if (flags & TIMER_ABSTIME) {
        int error = clock_nanosleep_until(clock, request, &nanoseconds);
        if (error != 0)
            return error;
    } else {
        if (request->tv_sec < 0)
            return EINVAL;
        nanoseconds = LLONG_MAX;
        if (request->tv_sec < (LLONG_MAX - request->tv_nsec) / NANOSECONDS)
            nanoseconds = (long long)request->tv_sec * NANOSECONDS + request->tv_nsec;
    }
    long long left = 0;
    int error = __koito_sys_sleep(nanoseconds, &left);
    if (error == -EINTR && remaining != NULL && !(flags & TIMER_ABSTIME))
        *remaining = (struct timespec){left / NANOSECONDS, left % NANOSECONDS};
    if (error < 0)
        return -error;
    if (remaining != NULL && !(flags & TIMER_ABSTIME))
        *remaining = (struct timespec){0, 0};
    return 0;
}
