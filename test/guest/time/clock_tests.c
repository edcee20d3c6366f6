/*
 * The clocks (test/guest/time): clock_gettime, clock_getres, time, gettimeofday and timespec_get,
 * read from the time-stamp counter and the information block's calibration
 * (<koito/process.h>, struct koito_clock). No test bounds how long anything takes: only the
 * order of readings and their relation to each other are checked.
 */
#include "tests.h"

#include <errno.h>
#include <guest_test.h>
#include <koito/process.h>
#include <limits.h>
#include <sys/time.h>
#include <time.h>

#define NANOSECONDS  1000000000ll
#define YEAR_2024    1704067200ll /* 2024-01-01 00:00 UTC: QEMU's CMOS clock is later */
#define UNSET_SECOND 12345

static long long nanoseconds_of(const struct timespec *time)
{
    return (long long)time->tv_sec * NANOSECONDS + time->tv_nsec;
}

void test_clock_information_block(void)
{
    const struct koito_process_info *info = koito_process_info();
    GUEST_CHECK(info != NULL);
    if (info == NULL)
        return;
    GUEST_CHECK_EQ(info->version, KOITO_PROCESS_INFO_VERSION);
    GUEST_CHECK(info->clock.tsc_hz != 0);
    GUEST_CHECK_EQ(info->clock.tsc_hz, koito_aux_value(KOITO_AUX_TSC_HZ, 0));
    GUEST_CHECK_EQ(info->clock.tsc_to_ns,
                   (1000000000ull << KOITO_CLOCK_SHIFT) / info->clock.tsc_hz);
    GUEST_CHECK((long long)info->clock.rtc_seconds > YEAR_2024);
    /* The realtime clock started at the CMOS reading and only moved forward since. */
    struct timespec now;
    GUEST_CHECK_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
    GUEST_CHECK(now.tv_sec >= (long long)info->clock.rtc_seconds);
}

void test_clock_gettime_clocks(void)
{
    static const clockid_t clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
                                       CLOCK_THREAD_CPUTIME_ID};
    for (unsigned i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        struct timespec time = {.tv_sec = -1, .tv_nsec = -1};
        GUEST_CHECK_EQ(clock_gettime(clocks[i], &time), 0);
        GUEST_CHECK(time.tv_sec >= 0);
        GUEST_CHECK(time.tv_nsec >= 0 && time.tv_nsec < NANOSECONDS);
    }
    struct timespec realtime, monotonic;
    GUEST_CHECK_EQ(clock_gettime(CLOCK_REALTIME, &realtime), 0);
    GUEST_CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &monotonic), 0);
    GUEST_CHECK(realtime.tv_sec > YEAR_2024);
    GUEST_CHECK(monotonic.tv_sec < YEAR_2024); /* time since reset, not a date */
}

void test_clock_errors(void)
{
    static const clockid_t bad[] = {-1, 4, 5, 1000, INT_MAX, INT_MIN};
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct timespec time = {.tv_sec = UNSET_SECOND, .tv_nsec = 0};
        errno = 0;
        GUEST_CHECK_EQ(clock_gettime(bad[i], &time), -1);
        GUEST_CHECK_EQ(errno, EINVAL);
        GUEST_CHECK_EQ(time.tv_sec, UNSET_SECOND); /* nothing written */
        errno = 0;
        GUEST_CHECK_EQ(clock_getres(bad[i], &time), -1);
        GUEST_CHECK_EQ(errno, EINVAL);
        GUEST_CHECK_EQ(time.tv_sec, UNSET_SECOND);
    }
}

void test_clock_getres(void)
{
    uint64_t hz = koito_process_info()->clock.tsc_hz;
    long expected = (long)((NANOSECONDS + (long long)hz - 1) / (long long)hz);
    struct timespec resolution = {.tv_sec = -1, .tv_nsec = -1};
    GUEST_CHECK_EQ(clock_getres(CLOCK_MONOTONIC, &resolution), 0);
    GUEST_CHECK_EQ(resolution.tv_sec, 0);
    GUEST_CHECK_EQ(resolution.tv_nsec, expected);
    GUEST_CHECK(resolution.tv_nsec >= 1);
    resolution = (struct timespec){.tv_sec = -1, .tv_nsec = -1};
    GUEST_CHECK_EQ(clock_getres(CLOCK_REALTIME, &resolution), 0);
    GUEST_CHECK_EQ(resolution.tv_sec, 0);
    GUEST_CHECK_EQ(resolution.tv_nsec, expected);
    /* The processor-time clocks count the same counter's cycles. */
    static const clockid_t cpu_clocks[] = {CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID};
    for (unsigned i = 0; i < 2; i++) {
        resolution = (struct timespec){.tv_sec = -1, .tv_nsec = -1};
        GUEST_CHECK_EQ(clock_getres(cpu_clocks[i], &resolution), 0);
        GUEST_CHECK_EQ(resolution.tv_sec, 0);
        GUEST_CHECK_EQ(resolution.tv_nsec, expected);
    }
    GUEST_CHECK_EQ(clock_getres(CLOCK_MONOTONIC, NULL), 0); /* only checks the clock */
}

void test_clock_monotonic(void)
{
    struct timespec previous;
    GUEST_CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &previous), 0);
    for (unsigned i = 0; i < 10000; i++) {
        struct timespec now;
        GUEST_CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &now), 0);
        GUEST_CHECK(nanoseconds_of(&now) >= nanoseconds_of(&previous));
        previous = now;
    }
    /* Realtime is the monotonic clock plus a fixed offset: a realtime reading taken between two
     * monotonic ones lies between them plus the offset. */
    long long offset = koito_process_info()->clock.realtime_offset;
    struct timespec before, realtime, after;
    GUEST_CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &before), 0);
    GUEST_CHECK_EQ(clock_gettime(CLOCK_REALTIME, &realtime), 0);
    GUEST_CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &after), 0);
    GUEST_CHECK(nanoseconds_of(&before) + offset <= nanoseconds_of(&realtime));
    GUEST_CHECK(nanoseconds_of(&realtime) <= nanoseconds_of(&after) + offset);
}

void test_clock_calendar_calls(void)
{
    struct timespec before, after;
    GUEST_CHECK_EQ(clock_gettime(CLOCK_REALTIME, &before), 0);
    time_t stored = 0;
    time_t now = time(&stored);
    GUEST_CHECK_EQ(now, stored);
    GUEST_CHECK_EQ(time(NULL) >= now, 1);
    struct timeval tv = {.tv_sec = -1, .tv_usec = -1};
    GUEST_CHECK_EQ(gettimeofday(&tv, NULL), 0);
    struct timespec utc = {.tv_sec = -1, .tv_nsec = -1};
    GUEST_CHECK_EQ(timespec_get(&utc, TIME_UTC), TIME_UTC);
    GUEST_CHECK_EQ(clock_gettime(CLOCK_REALTIME, &after), 0);
    GUEST_CHECK(before.tv_sec <= now && now <= after.tv_sec);
    GUEST_CHECK(before.tv_sec <= tv.tv_sec && tv.tv_sec <= after.tv_sec);
    GUEST_CHECK(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
    GUEST_CHECK(nanoseconds_of(&before) <= nanoseconds_of(&utc));
    GUEST_CHECK(nanoseconds_of(&utc) <= nanoseconds_of(&after));
    /* Errors: gettimeofday's obsolete zone must be NULL; timespec_get knows only TIME_UTC. */
    int zone = 0;
    errno = 0;
    GUEST_CHECK_EQ(gettimeofday(&tv, &zone), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    utc.tv_sec = UNSET_SECOND;
    GUEST_CHECK_EQ(timespec_get(&utc, 0), 0);
    GUEST_CHECK_EQ(timespec_get(&utc, 2), 0);
    GUEST_CHECK_EQ(utc.tv_sec, UNSET_SECOND);
}
