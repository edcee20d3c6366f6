/*
 * ISO C17 7.27 <time.h>: mktime normalising out-of-range fields (and setting tm_wday and
 * tm_yday), gmtime on known instants (the epoch, a leap day, the last second of a year),
 * gmtime and mktime as inverses, localtime, asctime/ctime's fixed format, strftime with every
 * conversion of 7.27.3.5 in the "C" locale (and its 0 return when the result does not fit),
 * difftime, time, timespec_get with TIME_UTC agreeing with time, and clock never going back
 * (or never available).
 * time_t counts seconds from 1970 on this platform and glibc's, which the known instants use.
 */
#include "check.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* A struct tm with the given fields, -1 for tm_isdst (unknown). */
static struct tm make_tm(int year, int month, int day, int hour, int minute, int second)
{
    struct tm tm = {0};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    tm.tm_isdst = -1;
    return tm;
}

static void broken_down(void)
{
    time_t epoch = 0;
    struct tm *tm = gmtime(&epoch);
    CHECK(tm != NULL);
    if (tm != NULL) {
        CHECK(tm->tm_year == 70 && tm->tm_mon == 0 && tm->tm_mday == 1);
        CHECK(tm->tm_hour == 0 && tm->tm_min == 0 && tm->tm_sec == 0);
        CHECK_EQ(tm->tm_wday, 4); /* a Thursday */
        CHECK_EQ(tm->tm_yday, 0);
    }
    time_t leap_day = 951782400; /* 2000-02-29 00:00:00 UTC */
    tm = gmtime(&leap_day);
    CHECK(tm != NULL && tm->tm_year == 100 && tm->tm_mon == 1 && tm->tm_mday == 29);
    CHECK(tm != NULL && tm->tm_wday == 2 && tm->tm_yday == 59);
    time_t year_end = 1704067199; /* 2023-12-31 23:59:59 UTC */
    tm = gmtime(&year_end);
    CHECK(tm != NULL && tm->tm_year == 123 && tm->tm_mon == 11 && tm->tm_mday == 31);
    CHECK(tm != NULL && tm->tm_hour == 23 && tm->tm_min == 59 && tm->tm_sec == 59);
    CHECK(tm != NULL && tm->tm_yday == 364 && tm->tm_wday == 0);
    time_t before_epoch = -86400;
    tm = gmtime(&before_epoch);
    CHECK(tm != NULL && tm->tm_year == 69 && tm->tm_mon == 11 && tm->tm_mday == 31);

    /* localtime gives a valid broken-down time of the same instant, within a day of UTC. */
    struct tm local = *localtime(&year_end);
    CHECK(local.tm_mon >= 0 && local.tm_mon <= 11 && local.tm_mday >= 1 && local.tm_mday <= 31);
    struct tm again = local;
    time_t back = mktime(&again);
    CHECK_EQ(back, year_end);
}

static void normalisation(void)
{
    /* mktime works in local time; differences between results are zone-independent. */
    struct tm base = make_tm(2023, 3, 10, 12, 0, 0);
    time_t start = mktime(&base);
    CHECK(start != (time_t)-1);

    struct tm tm = make_tm(2023, 1, 31 + 28 + 10, 12, 0, 0); /* day 69 of January */
    time_t same = mktime(&tm);
    CHECK_EQ(same, start);
    CHECK(tm.tm_mon == 2 && tm.tm_mday == 10);
    CHECK_EQ(tm.tm_wday, 5); /* a Friday */
    CHECK_EQ(tm.tm_yday, 68);

    tm = make_tm(2023, 3, 10, 12, 0, 3600 * 24); /* 86400 seconds later: the next day */
    time_t next = mktime(&tm);
    CHECK(tm.tm_mday == 11 && tm.tm_hour == 12 && tm.tm_sec == 0);
    CHECK(difftime(next, start) == 86400.0);

    tm = make_tm(2023, 13, 1, 0, 0, 0); /* month 13: January of the next year */
    mktime(&tm);
    CHECK(tm.tm_year == 124 && tm.tm_mon == 0 && tm.tm_mday == 1);
    tm = make_tm(2024, 3, 0, 0, 0, 0); /* day 0 of March: the last of February, a leap year */
    mktime(&tm);
    CHECK(tm.tm_mon == 1 && tm.tm_mday == 29);
    tm = make_tm(2023, 1, 1, -1, 0, 0); /* hour -1: the last hour of the year before */
    mktime(&tm);
    CHECK(tm.tm_year == 122 && tm.tm_mon == 11 && tm.tm_mday == 31 && tm.tm_hour == 23);
    tm = make_tm(2023, 1, 1, 0, 0, -1);
    mktime(&tm);
    CHECK(tm.tm_year == 122 && tm.tm_hour == 23 && tm.tm_min == 59 && tm.tm_sec == 59);
    tm = make_tm(2000, 1, 1, 0, 0, 0);
    tm.tm_mon = -1; /* December 1999 */
    mktime(&tm);
    CHECK(tm.tm_year == 99 && tm.tm_mon == 11 && tm.tm_mday == 1);
    /* gmtime inverts mktime's normalised instant to the same calendar fields in UTC when the
     * local zone is UTC, and always to a consistent day of the week. */
    time_t instant = 1700000000;
    struct tm utc = *gmtime(&instant);
    CHECK(utc.tm_year == 123 && utc.tm_mon == 10 && utc.tm_mday == 14 && utc.tm_hour == 22 &&
          utc.tm_min == 13 && utc.tm_sec == 20 && utc.tm_wday == 2);
}

/* strftime into a buffer; the result or "(overflow)". */
static const char *format(char *buffer, size_t size, const char *pattern, const struct tm *tm)
{
    size_t length = strftime(buffer, size, pattern, tm);
    return length == 0 && pattern[0] != '\0' ? "(overflow)" : buffer;
}

static void expect_format(const char *pattern, const struct tm *tm, const char *expected)
{
    char buffer[128];
    const char *got = format(buffer, sizeof buffer, pattern, tm);
    int ok = strcmp(got, expected) == 0;
    CHECK(ok);
    if (!ok)
        fprintf(stderr, "strftime \"%s\": got \"%s\", expected \"%s\"\n", pattern, got, expected);
}

static void formatting(void)
{
    /* 2023-01-05 (Thursday) 09:07:03, day 4 of the year. */
    struct tm tm = make_tm(2023, 1, 5, 9, 7, 3);
    tm.tm_wday = 4;
    tm.tm_yday = 4;
    tm.tm_isdst = 0;
    expect_format("%a %A", &tm, "Thu Thursday");
    expect_format("%b %B %h", &tm, "Jan January Jan");
    expect_format("%c", &tm, "Thu Jan  5 09:07:03 2023");
    expect_format("%C", &tm, "20");
    expect_format("%d %e", &tm, "05  5");
    expect_format("%D", &tm, "01/05/23");
    expect_format("%F", &tm, "2023-01-05");
    expect_format("%g %G %V", &tm, "23 2023 01");
    expect_format("%H %I %j", &tm, "09 09 005");
    expect_format("%m %M", &tm, "01 07");
    expect_format("%n%t", &tm, "\n\t");
    expect_format("%p", &tm, "AM");
    expect_format("%r", &tm, "09:07:03 AM");
    expect_format("%R", &tm, "09:07");
    expect_format("%S", &tm, "03");
    expect_format("%T", &tm, "09:07:03");
    expect_format("%u %w", &tm, "4 4");
    expect_format("%U %W", &tm, "01 01"); /* 1 Jan 2023 was a Sunday */
    expect_format("%x", &tm, "01/05/23");
    expect_format("%X", &tm, "09:07:03");
    expect_format("%y %Y", &tm, "23 2023");
    expect_format("%%", &tm, "%");
    expect_format("%Ec %EC %Ex %EX %Ey %EY", &tm,
                  "Thu Jan  5 09:07:03 2023 20 01/05/23 09:07:03 23 2023");
    expect_format("%Od %Oe %OH %OI %Om %OM %OS", &tm, "05  5 09 09 01 07 03");
    expect_format("%Ou %OU %OV %Ow %OW %Oy", &tm, "4 01 01 4 01 23");
    expect_format("plain text", &tm, "plain text");

    /* Afternoon, Sunday, and ISO week-year edges. */
    struct tm afternoon = make_tm(2021, 1, 3, 15, 30, 0);
    afternoon.tm_wday = 0;
    afternoon.tm_yday = 2;
    expect_format("%I %p %u %w", &afternoon, "03 PM 7 0");
    expect_format("%G %V %g", &afternoon, "2020 53 20"); /* 3 Jan 2021 is in week 53 of 2020 */
    expect_format("%U %W", &afternoon, "01 00");
    struct tm noon = make_tm(2024, 12, 30, 12, 0, 0); /* Monday 30 Dec 2024: week 1 of 2025 */
    noon.tm_wday = 1;
    noon.tm_yday = 364;
    expect_format("%G %V %I %p", &noon, "2025 01 12 PM");
    struct tm midnight = make_tm(2024, 2, 29, 0, 0, 0);
    midnight.tm_wday = 4;
    midnight.tm_yday = 59;
    expect_format("%I %p %j", &midnight, "12 AM 060");

    /* Too small: 0, and the array's contents are indeterminate (not checked). */
    char small[5];
    CHECK_EQ(strftime(small, sizeof small, "%Y-%m", &tm), 0);
    CHECK_EQ(strftime(small, sizeof small, "%Y", &tm), 4);
    CHECK(strcmp(small, "2023") == 0);
    CHECK_EQ(strftime(small, sizeof small, "", &tm), 0);
    CHECK(small[0] == '\0');

    /* asctime and ctime: "Www Mmm dd hh:mm:ss yyyy\n". */
    CHECK(strcmp(asctime(&tm), "Thu Jan  5 09:07:03 2023\n") == 0);
    time_t now = time(NULL);
    const char *text = ctime(&now);
    CHECK(text != NULL && strlen(text) == 25 && text[24] == '\n');
}

static void clocks(void)
{
    time_t before = time(NULL);
    time_t stored = 0;
    time_t after = time(&stored);
    CHECK(before != (time_t)-1 && after >= before && stored == after);
    CHECK(difftime(after, before) >= 0.0);
    CHECK(difftime((time_t)10, (time_t)4) == 6.0);
    CHECK(difftime((time_t)4, (time_t)10) == -6.0);

    /* timespec_get: TIME_UTC back, nanoseconds in range, agreeing with time(). */
    struct timespec now;
    CHECK_EQ(timespec_get(&now, TIME_UTC), TIME_UTC);
    CHECK(now.tv_nsec >= 0 && now.tv_nsec < 1000000000L);
    CHECK(now.tv_sec >= after && now.tv_sec - after <= 2);
    CHECK_EQ(timespec_get(&now, 0), 0); /* an unsupported base */

    /* clock: processor time used, never going back, moving when the processor works; or
     * (clock_t)-1 on every call when it is not available (7.27.2.1p3). */
    clock_t first = clock();
    if (first == (clock_t)-1) {
        CHECK(clock() == (clock_t)-1);
        return;
    }
    volatile double sink = 0;
    clock_t last = first;
    int monotone = 1;
    for (int round = 0; round < 2000 && last == first; round++) {
        for (int i = 0; i < 20000; i++)
            sink += i * 0.5;
        clock_t current = clock();
        monotone &= current >= last;
        last = current;
    }
    CHECK(monotone);
    CHECK(last > first);
    CHECK(sink > 0);
    CHECK(CLOCKS_PER_SEC > 0);
}

int main(void)
{
    broken_down();
    normalisation();
    formatting();
    clocks();
    return check_summary();
}
