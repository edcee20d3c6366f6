/*
 * Conformance (POSIX clocks and sleeps): CLOCK_MONOTONIC never goes back and CLOCK_REALTIME is
 * a sane date that agrees with time() and gettimeofday(); clock_getres; nanosleep and sleep
 * sleep at least the time asked and return 0; the errors (EINVAL for an unknown clock and a bad
 * timespec). usleep left POSIX in 2008, so a -D_POSIX_C_SOURCE=200809L program cannot call it.
 */
#include "check.h"

#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define BILLION 1000000000LL

static long long now_ns(clockid_t clock)
{
    struct timespec time_now;
    CHECK_EQ(clock_gettime(clock, &time_now), 0);
    return time_now.tv_sec * BILLION + time_now.tv_nsec;
}

static void test_clocks(void)
{
    struct timespec previous, current;
    CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &previous), 0);
    int backwards = 0, bad_fields = 0;
    for (int i = 0; i < 10000; i++) {
        bad_fields += clock_gettime(CLOCK_MONOTONIC, &current) != 0;
        bad_fields += current.tv_nsec < 0 || current.tv_nsec >= BILLION;
        backwards += current.tv_sec < previous.tv_sec ||
                     (current.tv_sec == previous.tv_sec && current.tv_nsec < previous.tv_nsec);
        previous = current;
    }
    CHECK_EQ(backwards, 0);
    CHECK_EQ(bad_fields, 0);

    struct timespec real;
    CHECK_EQ(clock_gettime(CLOCK_REALTIME, &real), 0);
    CHECK(real.tv_sec > 1577836800); /* after 2020-01-01 */
    CHECK(real.tv_nsec >= 0 && real.tv_nsec < BILLION);
    time_t seconds = time(NULL);
    CHECK(seconds >= real.tv_sec && seconds <= real.tv_sec + 2);
    time_t stored = 0;
    CHECK(time(&stored) >= seconds);
    CHECK(stored >= seconds);
    struct timeval day;
    CHECK_EQ(gettimeofday(&day, NULL), 0);
    CHECK(day.tv_sec >= real.tv_sec && day.tv_sec <= real.tv_sec + 2);
    CHECK(day.tv_usec >= 0 && day.tv_usec < 1000000);

    struct timespec resolution;
    CHECK_EQ(clock_getres(CLOCK_MONOTONIC, &resolution), 0);
    CHECK(resolution.tv_sec == 0 && resolution.tv_nsec > 0 && resolution.tv_nsec <= 1000000);
    CHECK_EQ(clock_getres(CLOCK_REALTIME, &resolution), 0);
    CHECK(resolution.tv_sec == 0 && resolution.tv_nsec > 0 && resolution.tv_nsec <= 1000000);
    CHECK_EQ(clock_getres(CLOCK_REALTIME, NULL), 0);

    errno = 0;
    CHECK_EQ(clock_gettime((clockid_t)12345, &current), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(clock_getres((clockid_t)12345, &resolution), -1);
    CHECK_EQ(errno, EINVAL);
}

static void test_sleeps(void)
{
    long long start = now_ns(CLOCK_MONOTONIC);
    struct timespec request = {0, 30 * 1000000}, left = {-1, -1};
    CHECK_EQ(nanosleep(&request, &left), 0);
    CHECK(now_ns(CLOCK_MONOTONIC) - start >= 30 * 1000000LL);

    request = (struct timespec){0, 0};
    CHECK_EQ(nanosleep(&request, NULL), 0); /* nothing to sleep */

    start = now_ns(CLOCK_MONOTONIC);
    CHECK_EQ(sleep(1), 0);
    CHECK(now_ns(CLOCK_MONOTONIC) - start >= BILLION);
    CHECK_EQ(sleep(0), 0);

    long long real_start = now_ns(CLOCK_REALTIME);
    request = (struct timespec){0, 50 * 1000000};
    CHECK_EQ(nanosleep(&request, NULL), 0);
    CHECK(now_ns(CLOCK_REALTIME) - real_start >= 40 * 1000000LL); /* the real clock moves too */

    request = (struct timespec){0, BILLION};
    errno = 0;
    CHECK_EQ(nanosleep(&request, NULL), -1);
    CHECK_EQ(errno, EINVAL);
    request = (struct timespec){0, -1};
    errno = 0;
    CHECK_EQ(nanosleep(&request, NULL), -1);
    CHECK_EQ(errno, EINVAL);
    request = (struct timespec){-1, 0};
    errno = 0;
    CHECK_EQ(nanosleep(&request, NULL), -1);
    CHECK_EQ(errno, EINVAL);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    test_clocks();
    test_sleeps();
    return check_summary();
}
