/*
 * thrd_sleep() (libc, threads): sleeps at least `duration` on the monotonic clock, through the
 * OS port (the timer service wakes the thread). A signal handler interrupts it: -1, with the
 * time left in *remaining; -2 (C's "other error") for a bad duration or when the thread cannot
 * sleep.
 */
#include "port.h"
#include <errno.h>
#include <limits.h>
#include <threads.h>

#define NANOSECONDS 1000000000ll

int thrd_sleep(const struct timespec *duration, struct timespec *remaining)
{
    if (duration->tv_sec < 0 || duration->tv_nsec < 0 || duration->tv_nsec >= NANOSECONDS)
        return -2;
    long long nanoseconds = LLONG_MAX;
    if (duration->tv_sec < (LLONG_MAX - duration->tv_nsec) / NANOSECONDS)
        nanoseconds = (long long)duration->tv_sec * NANOSECONDS + duration->tv_nsec;
    long long left = 0;
    int error = __koito_sys_sleep(nanoseconds, &left);
    if (error == -EINTR) {
        if (remaining != NULL)
            *remaining = (struct timespec){left / NANOSECONDS, left % NANOSECONDS};
        return -1;
    }
    if (error < 0)
        return -2;
    if (remaining != NULL) {
        remaining->tv_sec = 0;
        remaining->tv_nsec = 0;
    }
    return 0;
}
