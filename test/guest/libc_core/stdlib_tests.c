/*
 * The libc-core suite's other tests: conversions, sorting, formatting,
 * non-local jumps, signals, time, UTF-8, getopt, messages and stream locks,
 * each against values worked out by hand.
 */
#include "tests.h"

#include <errno.h>
#include <guest_test.h>
#include <limits.h>
#include <locale.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

void test_strto(void)
{
    char *end;
    GUEST_CHECK_EQ(strtol("  -0x1fz", &end, 0), -31);
    GUEST_CHECK(*end == 'z');
    GUEST_CHECK_EQ(strtol("0777", NULL, 0), 511);
    errno = 0;
    GUEST_CHECK(strtol("99999999999999999999", NULL, 10) == LONG_MAX && errno == ERANGE);
    errno = 0;
    GUEST_CHECK(strtol("-9223372036854775808", NULL, 10) == LONG_MIN && errno == 0);
    GUEST_CHECK(strtoul("-1", NULL, 10) == ULONG_MAX);
    GUEST_CHECK_EQ(strtoull("zz", NULL, 36), 35 * 36 + 35);
    errno = 0;
    GUEST_CHECK(strtol("12", &end, 1) == 0 && errno == EINVAL && strcmp(end, "12") == 0);
    GUEST_CHECK_EQ(atoi(" 42abc"), 42);
}

static int compare(const void *left, const void *right)
{
    int a = *(const int *)left;
    int b = *(const int *)right;
    return (a > b) - (a < b);
}

void test_qsort(void)
{
    static int values[3000];
    unsigned seed = 1;
    long sum = 0;
    for (int i = 0; i < 3000; i++) {
        seed = seed * 1103515245u + 12345u;
        values[i] = (int)(seed >> 8) % 1000;
        sum += values[i];
    }
    qsort(values, 3000, sizeof values[0], compare);
    int sorted = 1;
    long after = values[0];
    for (int i = 1; i < 3000; i++) {
        sorted &= values[i - 1] <= values[i];
        after += values[i];
    }
    GUEST_CHECK(sorted && after == sum);
    int key = values[1234];
    int *found = bsearch(&key, values, 3000, sizeof values[0], compare);
    GUEST_CHECK(found != NULL && *found == key);
}

void test_formatting(void)
{
    char line[64];
    GUEST_CHECK_EQ(snprintf(line, sizeof line, "%d|%5s|%#x|%-3c|", -7, "ab", 255, 'q'), 18);
    GUEST_CHECK(strcmp(line, "-7|   ab|0xff|q  |") == 0);
    time_t moment = 1700000000; /* 2023-11-14 22:13:20 UTC, a Tuesday */
    struct tm fields;
    GUEST_CHECK(gmtime_r(&moment, &fields) == &fields);
    GUEST_CHECK_EQ(strftime(line, sizeof line, "%F %T %a %j %V %u", &fields), 32);
    GUEST_CHECK(strcmp(line, "2023-11-14 22:13:20 Tue 318 46 2") == 0);
}

static jmp_buf jump;

static void jump_back(int depth)
{
    if (depth == 0) {
        longjmp(jump, 7);
    }
    jump_back(depth - 1);
}

void test_setjmp(void)
{
    volatile int rounds = 0;
    int value = setjmp(jump);
    rounds++;
    if (value == 0) {
        jump_back(20);
    }
    GUEST_CHECK(value == 7 && rounds == 2);
}

static volatile sig_atomic_t caught;

static void handler(int number)
{
    caught = number;
}

void test_signals(void)
{
    GUEST_CHECK(signal(SIGUSR2, handler) == SIG_DFL);
    GUEST_CHECK(raise(SIGUSR2) == 0 && caught == SIGUSR2);
    GUEST_CHECK(signal(SIGUSR2, SIG_DFL) == handler);
    GUEST_CHECK(raise(SIGCHLD) == 0);
    GUEST_CHECK(signal(SIGKILL, handler) == SIG_ERR);
}

void test_time(void)
{
    struct tm fields = {.tm_year = 100, .tm_mon = 13, .tm_mday = 31, .tm_hour = 25};
    /* February 31st 2001, 25:00 normalises to Sunday March 4th, 01:00. */
    time_t t = timegm(&fields);
    GUEST_CHECK_EQ(t, 983667600);
    GUEST_CHECK(fields.tm_mon == 2 && fields.tm_mday == 4 && fields.tm_hour == 1);
    GUEST_CHECK(fields.tm_wday == 0 && fields.tm_yday == 62);
    char text[26];
    GUEST_CHECK(strcmp(asctime_r(&fields, text), "Sun Mar  4 01:00:00 2001\n") == 0);
    /* The kernel's root program has no information block, so no clocks: the port says so. */
    errno = 0;
    GUEST_CHECK(time(NULL) == (time_t)-1 && errno == ENOSYS);
}

void test_utf8(void)
{
    GUEST_CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
    wchar_t wide;
    mbstate_t state = {0};
    GUEST_CHECK_EQ(mbrtowc(&wide, "\xe2\x82\xac", 3, &state), 3);
    GUEST_CHECK_EQ(wide, 0x20ac);
    char bytes[4];
    GUEST_CHECK_EQ(wcrtomb(bytes, 0x1f600, &state), 4);
    GUEST_CHECK(memcmp(bytes, "\xf0\x9f\x98\x80", 4) == 0);
    GUEST_CHECK(mbrtowc(&wide, "\xed\xa0\x80", 3, &state) == (size_t)-1 && errno == EILSEQ);
    GUEST_CHECK(setlocale(LC_ALL, "C") != NULL);
    GUEST_CHECK_EQ(MB_CUR_MAX, 1);
}

void test_getopt(void)
{
    char *argv[] = {"prog", "-vo", "out", "rest", NULL};
    optind = 0;
    GUEST_CHECK_EQ(getopt(4, argv, "vo:"), 'v');
    GUEST_CHECK_EQ(getopt(4, argv, "vo:"), 'o');
    GUEST_CHECK(strcmp(optarg, "out") == 0);
    GUEST_CHECK_EQ(getopt(4, argv, "vo:"), -1);
    GUEST_CHECK_EQ(optind, 3);
}

void test_messages(void)
{
    GUEST_CHECK(strcmp(strerror(ENOENT), "No such file or directory") == 0);
    GUEST_CHECK(strcmp(strerror(ENOSYS), "Function not implemented") == 0);
    GUEST_CHECK(strcmp(strsignal(SIGSEGV), "Segmentation fault") == 0);
    GUEST_CHECK(system(NULL) == 0);
}

void test_stream_locks(void)
{
    flockfile(stdout);
    GUEST_CHECK_EQ(ftrylockfile(stdout), 0); /* recursive for the holder */
    funlockfile(stdout);
    funlockfile(stdout);
    GUEST_CHECK_EQ(ftrylockfile(stdout), 0);
    funlockfile(stdout);
}
