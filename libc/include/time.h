/*
 * <time.h>: calendar time of KOITO-libc (libc, public header).
 *
 * KOITO has no time-zone database: local time is UTC everywhere, so
 * localtime() equals gmtime() and mktime() equals timegm(). The clocks are
 * read from the time-stamp counter and the calibration in the process's
 * information block, with no kernel call (<koito/process.h>, struct
 * koito_clock); where there is none (the kernel's root program, a TSC the
 * kernel could not measure) time() returns -1 and timespec_get() 0.
 * clock() is the process's processor time as the kernel counts it.
 */
#ifndef _TIME_H
#define _TIME_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_time_t
#define __KOITO_NEED_clock_t
#define __KOITO_NEED_struct_timespec
#define __KOITO_NEED_clockid_t
#include <bits/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#define CLOCKS_PER_SEC 1000000L
#define TIME_UTC       1

/* clock_gettime's clocks: the calendar clock (the CMOS clock at boot, then
 * the time-stamp counter) and the monotonic clock since reset (the
 * time-stamp counter at the frequency the kernel measured); ENOSYS where
 * there is no calibration, EINVAL for any other clock. */
#define CLOCK_REALTIME           0
#define CLOCK_MONOTONIC          1
/* The processor time of the calling process (every thread's, ended ones too) and of the calling
 * thread, as the kernel counts it (Linux's numbers). */
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID  3

/* clock_nanosleep's flag: the time is absolute, not relative. */
#define TIMER_ABSTIME 1

/* The same layout as glibc's and musl's, including the two BSD fields. */
struct tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};

time_t time(time_t *result);
int timespec_get(struct timespec *result, int base);
clock_t clock(void);
int clock_gettime(clockid_t clock, struct timespec *result);
int clock_getres(clockid_t clock, struct timespec *result);
double difftime(time_t end, time_t start);
time_t mktime(struct tm *time);
time_t timegm(struct tm *time);
struct tm *gmtime(const time_t *time);
struct tm *gmtime_r(const time_t *restrict time, struct tm *restrict result);
struct tm *localtime(const time_t *time);
struct tm *localtime_r(const time_t *restrict time, struct tm *restrict result);
size_t strftime(char *restrict buffer, size_t size, const char *restrict format,
                const struct tm *restrict time);
char *asctime(const struct tm *time);
char *asctime_r(const struct tm *restrict time, char *restrict buffer);
char *ctime(const time_t *time);
char *ctime_r(const time_t *time, char *buffer);
int nanosleep(const struct timespec *request, struct timespec *remaining);
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remaining);

/* Time zones (POSIX): local time is UTC, so tzset() has nothing to read. */
extern char *tzname[2];
void tzset(void);

#endif
