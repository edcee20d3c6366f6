/*
 * Tests of KOITO-libc's <time.h> against glibc in UTC (host tests): gmtime,
 * timegm, mktime and strftime (every C17 conversion) over times spread
 * across ±30,000 years, plus normalisation of out-of-range fields, asctime,
 * ctime, difftime and time().
 */
#define _GNU_SOURCE
#include "check.h"
#include "under_test.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned long long random_state = 99;

static unsigned long long next_random(void)
{
    random_state = random_state * 6364136223846793005ull + 1442695040888963407ull;
    return random_state >> 11;
}

/* A time within ±30,000 years of 1970, often near interesting boundaries. */
static time_t random_time(void)
{
    switch (next_random() % 4) {
    case 0:
        return (time_t)(next_random() % 2000000000000ull) - 1000000000000LL;
    case 1:
        return (time_t)(next_random() % 8000000000ull) - 2000000000LL;
    case 2: /* around a year boundary (ISO weeks) */
        return (time_t)((long long)(next_random() % 400) * 31556952LL - 4000000000LL +
                        (long long)(next_random() % 1209600) - 604800);
    default:
        return (time_t)(next_random() % 100000) * 86400 - 4320000000LL;
    }
}

static int same_fields(const struct tm *a, const struct tm *b)
{
    return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
           a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
           a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday && a->tm_isdst == b->tm_isdst;
}

static void test_conversions(void)
{
    for (int round = 0; round < 100000; round++) {
        time_t t = random_time();
        struct tm mine;
        struct tm theirs;
        CHECK(koito_test_gmtime_r(&t, &mine) == &mine);
        gmtime_r(&t, &theirs);
        CHECK(same_fields(&mine, &theirs));
        CHECK(koito_test_timegm(&mine) == t);

        /* Shuffle the fields out of range; both libraries must normalise
         * to the same time and fields. */
        struct tm shuffled = theirs;
        shuffled.tm_mon += (int)(next_random() % 41) - 20;
        shuffled.tm_mday += (int)(next_random() % 801) - 400;
        shuffled.tm_hour += (int)(next_random() % 101) - 50;
        shuffled.tm_sec += (int)(next_random() % 20001) - 10000;
        struct tm shuffled_mine = shuffled;
        shuffled.tm_isdst = 0;
        time_t expected = timegm(&shuffled);
        CHECK(koito_test_timegm(&shuffled_mine) == expected);
        CHECK(same_fields(&shuffled_mine, &shuffled));
        shuffled_mine.tm_isdst = 0;
        CHECK(koito_test_mktime(&shuffled_mine) == mktime(&shuffled));
        CHECK(strcmp(shuffled_mine.tm_zone, "UTC") == 0);
    }
    time_t huge = (time_t)1 << 62;
    struct tm fields;
    KERRNO = 0;
    CHECK(koito_test_gmtime_r(&huge, &fields) == NULL && KERRNO == EOVERFLOW);
    time_t epoch = 0;
    CHECK(koito_test_localtime_r(&epoch, &fields) == &fields);
    CHECK(fields.tm_year == 70 && fields.tm_wday == 4 && strcmp(fields.tm_zone, "UTC") == 0);
    CHECK(koito_test_gmtime(&epoch)->tm_mday == 1);
}

static void test_strftime(void)
{
    static const char *const formats[] = {
        "%a %A %b %B %h", "%c",
        "%C %y %Y %G %g", "%d %e %j %m",
        "%D %F %T %R %r", "%H %I %M %S %p",
        "%u %w %U %W %V", "%x %X %n%t%%",
        "%z %Z",          "%Ec %EY %Od %OH",
        "plain text",     "%",
    };
    char mine[256];
    char theirs[256];
    for (int round = 0; round < 20000; round++) {
        time_t t = round % 2 ? random_time() % 400000000000LL : random_time();
        struct tm fields;
        gmtime_r(&t, &fields);
        if (fields.tm_year < -1900) {
            continue; /* glibc prints negative years its own way */
        }
        for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
            if (fields.tm_year + 1900 < 1000 && strstr(formats[i], "%C") != NULL) {
                continue; /* C17: %C is two digits ("00"); glibc prints "0" */
            }
            size_t my_length = koito_test_strftime(mine, sizeof mine, formats[i], &fields);
            size_t their_length = strftime(theirs, sizeof theirs, formats[i], &fields);
            CHECK(my_length == their_length);
            CHECK(my_length == 0 || strcmp(mine, theirs) == 0);
            if (my_length != their_length || (my_length != 0 && strcmp(mine, theirs) != 0)) {
                fprintf(stderr, "  format \"%s\" at %lld: \"%s\" vs \"%s\"\n", formats[i],
                        (long long)t, mine, theirs);
            }
        }
    }
    struct tm fields;
    time_t t = 1700000000;
    gmtime_r(&t, &fields);
    CHECK(koito_test_strftime(mine, 5, "%Y-%m", &fields) == 0); /* "2023-11" needs 8 */
    CHECK(koito_test_strftime(mine, 8, "%Y-%m", &fields) == 7);
    /* %s (POSIX 2024): the seconds since the Epoch, less the zone's offset. */
    CHECK(koito_test_strftime(mine, sizeof mine, "%s", &fields) == 10);
    CHECK(strcmp(mine, "1700000000") == 0);
    fields.tm_gmtoff = 3600;
    CHECK(koito_test_strftime(mine, sizeof mine, "[%s]", &fields) == 12);
    CHECK(strcmp(mine, "[1699996400]") == 0);
    fields.tm_gmtoff = 0;
    fields.tm_year = 5 - 1900;
    CHECK(koito_test_strftime(mine, sizeof mine, "%C|%y|%Y", &fields) == 7);
    CHECK(strcmp(mine, "00|05|5") == 0);
    /* A conversion C does not define is copied as it stands (glibc reads
     * "%5" as a field width, a GNU extension). */
    CHECK(koito_test_strftime(mine, sizeof mine, "%Q %5", &fields) == 5);
    CHECK(strcmp(mine, "%Q %5") == 0);
}

static void test_text_forms(void)
{
    char mine[26];
    time_t t = 0;
    for (int round = 0; round < 1000; round++) {
        t = (time_t)(next_random() % 200000000000ull);
        struct tm fields;
        gmtime_r(&t, &fields);
        if (fields.tm_year + 1900 > 9999) {
            continue;
        }
        CHECK(strcmp(koito_test_asctime_r(&fields, mine), asctime(&fields)) == 0);
        CHECK(strcmp(koito_test_ctime_r(&t, mine), asctime(&fields)) == 0);
    }
    CHECK(koito_test_difftime(10, 4) == 6.0);
    CHECK(koito_test_difftime((time_t)1 << 62, -((time_t)1 << 62)) == 0x1p63);
    time_t now;
    time_t returned = koito_test_time(&now);
    CHECK(returned == now && labs(now - time(NULL)) <= 2);
    struct timespec precise;
    CHECK(koito_test_timespec_get(&precise, TIME_UTC) == TIME_UTC);
    CHECK(labs(precise.tv_sec - now) <= 2 && precise.tv_nsec >= 0 && precise.tv_nsec < 1000000000);
    CHECK(koito_test_timespec_get(&precise, 2) == 0);
    /* clock(): the process's processor time in microseconds, which a busy loop makes grow. */
    long before = koito_test_clock();
    CHECK(before >= 0);
    clock_t host_start = clock();
    while ((double)(clock() - host_start) / CLOCKS_PER_SEC < 0.02)
        ;
    long after = koito_test_clock();
    CHECK(after - before >= 15000 && after - before < 1000000);
}

int main(void)
{
    setenv("TZ", "UTC", 1);
    tzset();
    test_conversions();
    test_strftime();
    test_text_forms();
    return check_summary();
}
