/*
 * Sleeps (test/guest/time): nanosleep, clock_nanosleep, sleep, usleep and thrd_sleep, each
 * measured against the monotonic clock. Only lower bounds are checked (at least the requested
 * time passed), never how much longer it took.
 */
#include "tests.h"

#include <errno.h>
#include <guest_test.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>

#define MILLISECOND 1000000ll

long long time_tests_monotonic(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000000ll + now.tv_nsec;
}

void test_nanosleep(void)
{
    struct timespec request = {.tv_sec = 0, .tv_nsec = 10 * MILLISECOND};
    struct timespec remaining = {.tv_sec = 7, .tv_nsec = 7};
    long long start = time_tests_monotonic();
    GUEST_CHECK_EQ(nanosleep(&request, &remaining), 0);
    GUEST_CHECK(time_tests_monotonic() - start >= 10 * MILLISECOND);
    GUEST_CHECK_EQ(remaining.tv_sec, 0);
    GUEST_CHECK_EQ(remaining.tv_nsec, 0);
    request = (struct timespec){.tv_sec = 0, .tv_nsec = 0};
    GUEST_CHECK_EQ(nanosleep(&request, NULL), 0);
}

void test_nanosleep_errors(void)
{
    static const struct timespec bad[] = {
        {.tv_sec = 0, .tv_nsec = -1},
        {.tv_sec = 0, .tv_nsec = 1000000000},
        {.tv_sec = -1, .tv_nsec = 0},
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        errno = 0;
        GUEST_CHECK_EQ(nanosleep(&bad[i], NULL), -1);
        GUEST_CHECK_EQ(errno, EINVAL);
    }
    errno = 0;
    GUEST_CHECK_EQ(nanosleep(NULL, NULL), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
}

void test_clock_nanosleep(void)
{
    /* Relative, on both clocks. */
    struct timespec request = {.tv_sec = 0, .tv_nsec = 5 * MILLISECOND};
    long long start = time_tests_monotonic();
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &request, NULL), 0);
    GUEST_CHECK(time_tests_monotonic() - start >= 5 * MILLISECOND);
    start = time_tests_monotonic();
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_REALTIME, 0, &request, NULL), 0);
    GUEST_CHECK(time_tests_monotonic() - start >= 5 * MILLISECOND);
    /* Absolute: it returns at or after the time, on the clock named. */
    static const clockid_t clocks[] = {CLOCK_MONOTONIC, CLOCK_REALTIME};
    for (unsigned i = 0; i < 2; i++) {
        struct timespec until;
        GUEST_CHECK_EQ(clock_gettime(clocks[i], &until), 0);
        until.tv_nsec += 7 * MILLISECOND;
        if (until.tv_nsec >= 1000000000) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000;
        }
        GUEST_CHECK_EQ(clock_nanosleep(clocks[i], TIMER_ABSTIME, &until, NULL), 0);
        struct timespec now;
        GUEST_CHECK_EQ(clock_gettime(clocks[i], &now), 0);
        GUEST_CHECK(now.tv_sec > until.tv_sec ||
                    (now.tv_sec == until.tv_sec && now.tv_nsec >= until.tv_nsec));
    }
    /* A time that has passed returns at once. */
    struct timespec past = {.tv_sec = 0, .tv_nsec = 1};
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, NULL), 0);
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &past, NULL), 0);
}

void test_clock_nanosleep_errors(void)
{
    struct timespec good = {.tv_sec = 0, .tv_nsec = 1};
    struct timespec bad_nanoseconds = {.tv_sec = 0, .tv_nsec = 1000000000};
    struct timespec negative = {.tv_sec = 0, .tv_nsec = -1};
    struct timespec negative_seconds = {.tv_sec = -1, .tv_nsec = 0};
    errno = 0;
    /* The error is returned, errno left alone. */
    GUEST_CHECK_EQ(clock_nanosleep(2, 0, &good, NULL), EINVAL);
    GUEST_CHECK_EQ(clock_nanosleep(-1, 0, &good, NULL), EINVAL);
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, 2, &good, NULL), EINVAL);
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &bad_nanoseconds, NULL), EINVAL);
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &negative, NULL), EINVAL);
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_REALTIME, 0, &negative_seconds, NULL), EINVAL);
    GUEST_CHECK_EQ(clock_nanosleep(CLOCK_REALTIME, 0, NULL, NULL), EINVAL);
    GUEST_CHECK_EQ(errno, 0);
}

void test_sleep_usleep(void)
{
    GUEST_CHECK_EQ(sleep(0), 0);
    long long start = time_tests_monotonic();
    GUEST_CHECK_EQ(sleep(1), 0);
    GUEST_CHECK(time_tests_monotonic() - start >= 1000 * MILLISECOND);
    start = time_tests_monotonic();
    GUEST_CHECK_EQ(usleep(2000), 0);
    GUEST_CHECK(time_tests_monotonic() - start >= 2 * MILLISECOND);
}

void test_thrd_sleep(void)
{
    struct timespec nap = {.tv_sec = 0, .tv_nsec = 3 * MILLISECOND};
    struct timespec remaining = {.tv_sec = 1, .tv_nsec = 1};
    long long start = time_tests_monotonic();
    GUEST_CHECK_EQ(thrd_sleep(&nap, &remaining), 0);
    GUEST_CHECK(time_tests_monotonic() - start >= 3 * MILLISECOND);
    GUEST_CHECK_EQ(remaining.tv_sec, 0);
    GUEST_CHECK_EQ(remaining.tv_nsec, 0);
    struct timespec bad = {.tv_sec = 0, .tv_nsec = 1000000000};
    GUEST_CHECK(thrd_sleep(&bad, NULL) < -1); /* not "interrupted" (-1): an error */
}
