/*
 * thrd_sleep() (libc, threads): sleeps on the monotonic clock. A9N has no
 * timed block, so the thread yields until the time has passed (it runs only
 * when no other thread of its priority wants to). -1 with nothing slept
 * when the monotonic clock is unknown, -2 for a bad duration.
 */
#include "port.h"
#include <threads.h>

#define NANOSECONDS 1000000000ull

int thrd_sleep(const struct timespec *duration, struct timespec *remaining)
{
    if (duration->tv_sec < 0 || duration->tv_nsec < 0 ||
        (unsigned long long)duration->tv_nsec >= NANOSECONDS)
        return -2;
    unsigned long long now = 0;
    if (__koito_monotonic_now(&now) < 0)
        return -1;
    unsigned long long deadline = now + (unsigned long long)duration->tv_sec * NANOSECONDS +
                                  (unsigned long long)duration->tv_nsec;
    while (__koito_monotonic_now(&now) == 0 && now < deadline)
        __koito_yield();
    if (remaining != NULL) {
        remaining->tv_sec = 0;
        remaining->tv_nsec = 0;
    }
    return 0;
}
