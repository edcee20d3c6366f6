/*
 * The time suite's processor-time tests: clock(), getrusage(RUSAGE_SELF), times() and the
 * CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID clocks, which read the kernel's counts
 * (the process's address space, the calling thread), grow while the process runs and stand still
 * while it sleeps; a thread's clock is its own, from its start, also in a reused thread object.
 */
#include "tests.h"

#include <guest_test.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <time.h>

#define NANOSECONDS       1000000000ll
#define BUSY              60000000ll /* nanoseconds of the monotonic clock a busy loop runs */
#define SLEEP             100000000l /* nanoseconds a sleep lasts */
#define CLOCK_TICK_NS     10000000ll /* one clock tick of times(): sysconf(_SC_CLK_TCK) is 100 */
#define SCHEDULER_TICK_NS 10000000ll /* the kernel's timer tick (SCHED_TICK_US) */

static long long cpu_clock(clockid_t clock)
{
    struct timespec time = {.tv_sec = -1, .tv_nsec = -1};
    GUEST_CHECK_EQ(clock_gettime(clock, &time), 0);
    GUEST_CHECK(time.tv_nsec >= 0 && time.tv_nsec < NANOSECONDS);
    return time.tv_sec * NANOSECONDS + time.tv_nsec;
}

static long long rusage_self(void)
{
    struct rusage usage;
    GUEST_CHECK_EQ(getrusage(RUSAGE_SELF, &usage), 0);
    GUEST_CHECK(usage.ru_utime.tv_usec >= 0 && usage.ru_utime.tv_usec < 1000000);
    GUEST_CHECK(usage.ru_stime.tv_sec == 0 && usage.ru_stime.tv_usec == 0);
    return (usage.ru_utime.tv_sec * 1000000ll + usage.ru_utime.tv_usec) * 1000;
}

/* Spin for `nanoseconds` of the monotonic clock. */
static void busy(long long nanoseconds)
{
    long long end = time_tests_monotonic() + nanoseconds;
    while (time_tests_monotonic() < end)
        ;
}

void test_cpu_time_grows_while_busy(void)
{
    clock_t clock_before = clock();
    GUEST_CHECK(clock_before != (clock_t)-1);
    long long process = cpu_clock(CLOCK_PROCESS_CPUTIME_ID);
    long long thread = cpu_clock(CLOCK_THREAD_CPUTIME_ID);
    long long usage = rusage_self();
    struct tms tms;
    GUEST_CHECK(times(&tms) != (clock_t)-1);
    clock_t ticks = tms.tms_utime;
    busy(BUSY);
    /* The process ran nearly all that time (only the timer service could take some). */
    GUEST_CHECK((clock() - clock_before) * 1000ll >= BUSY / 2);
    GUEST_CHECK(cpu_clock(CLOCK_PROCESS_CPUTIME_ID) - process >= BUSY / 2);
    GUEST_CHECK(cpu_clock(CLOCK_THREAD_CPUTIME_ID) - thread >= BUSY / 2);
    GUEST_CHECK(rusage_self() - usage >= BUSY / 2);
    GUEST_CHECK(times(&tms) != (clock_t)-1);
    GUEST_CHECK((tms.tms_utime - ticks) * CLOCK_TICK_NS >= BUSY / 2 - CLOCK_TICK_NS);
    GUEST_CHECK(tms.tms_stime == 0 && tms.tms_cstime == 0);
    /* Nothing ran longer than the monotonic clock says passed (the kernel and the information
     * block convert the same counter with the same calibration; 1% for their rounding). */
    long long start = time_tests_monotonic();
    long long used = cpu_clock(CLOCK_PROCESS_CPUTIME_ID);
    busy(BUSY);
    used = cpu_clock(CLOCK_PROCESS_CPUTIME_ID) - used;
    GUEST_CHECK(used <= (time_tests_monotonic() - start) * 101 / 100);
}

void test_cpu_time_still_while_sleeping(void)
{
    clock_t clock_before = clock();
    long long process = cpu_clock(CLOCK_PROCESS_CPUTIME_ID);
    long long usage = rusage_self();
    struct timespec sleep = {.tv_sec = 0, .tv_nsec = SLEEP};
    long long start = time_tests_monotonic();
    GUEST_CHECK_EQ(nanosleep(&sleep, NULL), 0);
    GUEST_CHECK(time_tests_monotonic() - start >= SLEEP);
    /* What the sleep cost is its calls, far less than the time it slept. */
    GUEST_CHECK((clock() - clock_before) * 1000ll < SLEEP / 4);
    GUEST_CHECK(cpu_clock(CLOCK_PROCESS_CPUTIME_ID) - process < SLEEP / 4);
    GUEST_CHECK(rusage_self() - usage < SLEEP / 4);
}

static void *busy_thread(void *argument)
{
    long long *used = argument;
    busy(BUSY);
    *used = cpu_clock(CLOCK_THREAD_CPUTIME_ID);
    return NULL;
}

static void *idle_thread(void *argument)
{
    long long *used = argument;
    *used = cpu_clock(CLOCK_THREAD_CPUTIME_ID);
    return NULL;
}

void test_cpu_time_of_threads(void)
{
    long long process = cpu_clock(CLOCK_PROCESS_CPUTIME_ID);
    long long main_thread = cpu_clock(CLOCK_THREAD_CPUTIME_ID);
    long long busy_used = -1, idle_used = -1;
    pthread_t thread;
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, busy_thread, &busy_used), 0);
    GUEST_CHECK_EQ(pthread_join(thread, NULL), 0);
    /* The thread's clock counts its own time; the main thread, blocked in the join, little. */
    GUEST_CHECK(busy_used >= BUSY / 2);
    GUEST_CHECK(cpu_clock(CLOCK_THREAD_CPUTIME_ID) - main_thread < BUSY / 4);
    /* The process's clock counts the ended thread too, but for the cycles since the last charge:
     * a fast-path switch on the way out hands them to the next thread charged, perhaps a server's
     * (the kernel's documented sampling error, at most one scheduler tick). */
    GUEST_CHECK(cpu_clock(CLOCK_PROCESS_CPUTIME_ID) - process >= busy_used - SCHEDULER_TICK_NS);
    /* The next thread reuses the ended one's object, but its clock starts from zero. */
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, idle_thread, &idle_used), 0);
    GUEST_CHECK_EQ(pthread_join(thread, NULL), 0);
    GUEST_CHECK(idle_used >= 0 && idle_used < BUSY / 4);
}
