/*
 * Timed waits (test/guest/time): KOITO-libc's condition variables and mutexes with deadlines,
 * POSIX and C11. A wait whose deadline passes returns ETIMEDOUT at or after the deadline; a wait
 * signalled first returns 0. Each test checks afterwards that the timer service holds no timer
 * of this process any more (those of waits that ended early were cancelled).
 */
#include "tests.h"

#include <errno.h>
#include <guest_test.h>
#include <koito/protocol/timer.h>
#include <pthread.h>
#include <threads.h>
#include <time.h>

#define MILLISECOND 1000000l

static struct timespec in(clockid_t clock, long milliseconds)
{
    struct timespec time;
    clock_gettime(clock, &time);
    long long nanoseconds = time.tv_nsec + milliseconds * MILLISECOND;
    time.tv_sec += nanoseconds / 1000000000ll;
    time.tv_nsec = (long)(nanoseconds % 1000000000ll);
    return time;
}

static int reached(clockid_t clock, const struct timespec *deadline)
{
    struct timespec now;
    clock_gettime(clock, &now);
    return now.tv_sec > deadline->tv_sec ||
           (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec);
}

static void check_no_timers_left(void)
{
    uint64_t pending = 99, free = 0;
    GUEST_CHECK_EQ(koito_timer_status(time_tests_timer(), &pending, &free), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(pending, 0);
}

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t condition = PTHREAD_COND_INITIALIZER;
static int flag;

static void *signal_later(void *unused)
{
    (void)unused;
    struct timespec nap = {.tv_sec = 0, .tv_nsec = 5 * MILLISECOND};
    nanosleep(&nap, NULL);
    pthread_mutex_lock(&mutex);
    flag = 1;
    pthread_cond_signal(&condition);
    pthread_mutex_unlock(&mutex);
    return NULL;
}

void test_cond_timedwait_times_out(void)
{
    struct timespec deadline = in(CLOCK_REALTIME, 20);
    pthread_mutex_lock(&mutex);
    int result = 0;
    while (result == 0)
        result = pthread_cond_timedwait(&condition, &mutex, &deadline);
    pthread_mutex_unlock(&mutex);
    GUEST_CHECK_EQ(result, ETIMEDOUT);
    GUEST_CHECK(reached(CLOCK_REALTIME, &deadline));
    /* A monotonic deadline, through pthread_cond_clockwait. */
    deadline = in(CLOCK_MONOTONIC, 10);
    pthread_mutex_lock(&mutex);
    result = 0;
    while (result == 0)
        result = pthread_cond_clockwait(&condition, &mutex, CLOCK_MONOTONIC, &deadline);
    pthread_mutex_unlock(&mutex);
    GUEST_CHECK_EQ(result, ETIMEDOUT);
    GUEST_CHECK(reached(CLOCK_MONOTONIC, &deadline));
    check_no_timers_left();
}

void test_cond_timedwait_signalled(void)
{
    flag = 0;
    pthread_t thread;
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, signal_later, NULL), 0);
    struct timespec deadline = in(CLOCK_REALTIME, 60000);
    pthread_mutex_lock(&mutex);
    int result = 0;
    while (!flag && result == 0)
        result = pthread_cond_timedwait(&condition, &mutex, &deadline);
    pthread_mutex_unlock(&mutex);
    GUEST_CHECK_EQ(result, 0);
    GUEST_CHECK_EQ(flag, 1);
    GUEST_CHECK(!reached(CLOCK_REALTIME, &deadline));
    GUEST_CHECK_EQ(pthread_join(thread, NULL), 0);
    check_no_timers_left();
}

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;

static void *hold_then_release(void *unused)
{
    (void)unused;
    struct timespec nap = {.tv_sec = 0, .tv_nsec = 5 * MILLISECOND};
    nanosleep(&nap, NULL);
    pthread_mutex_unlock(&held);
    return NULL;
}

void test_mutex_timedlock(void)
{
    /* Held by this thread (a normal mutex does not check the owner): the deadline passes. */
    GUEST_CHECK_EQ(pthread_mutex_lock(&held), 0);
    struct timespec deadline = in(CLOCK_REALTIME, 15);
    GUEST_CHECK_EQ(pthread_mutex_timedlock(&held, &deadline), ETIMEDOUT);
    GUEST_CHECK(reached(CLOCK_REALTIME, &deadline));
    /* Released by another thread before the deadline: taken. */
    pthread_t thread;
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, hold_then_release, NULL), 0);
    deadline = in(CLOCK_REALTIME, 60000);
    GUEST_CHECK_EQ(pthread_mutex_timedlock(&held, &deadline), 0);
    GUEST_CHECK(!reached(CLOCK_REALTIME, &deadline));
    GUEST_CHECK_EQ(pthread_join(thread, NULL), 0);
    GUEST_CHECK_EQ(pthread_mutex_unlock(&held), 0);
    /* A bad deadline is EINVAL. */
    struct timespec bad = {.tv_sec = 0, .tv_nsec = 1000000000};
    GUEST_CHECK_EQ(pthread_mutex_lock(&held), 0);
    GUEST_CHECK_EQ(pthread_mutex_timedlock(&held, &bad), EINVAL);
    GUEST_CHECK_EQ(pthread_mutex_unlock(&held), 0);
    check_no_timers_left();
}

void test_c11_timed(void)
{
    mtx_t lock;
    cnd_t wake;
    GUEST_CHECK_EQ(mtx_init(&lock, mtx_timed), thrd_success);
    GUEST_CHECK_EQ(cnd_init(&wake), thrd_success);
    GUEST_CHECK_EQ(mtx_lock(&lock), thrd_success);
    struct timespec deadline = in(CLOCK_REALTIME, 10);
    int result = thrd_success;
    while (result == thrd_success)
        result = cnd_timedwait(&wake, &lock, &deadline);
    GUEST_CHECK_EQ(result, thrd_timedout);
    GUEST_CHECK(reached(CLOCK_REALTIME, &deadline));
    deadline = in(CLOCK_REALTIME, 10);
    GUEST_CHECK_EQ(mtx_timedlock(&lock, &deadline), thrd_timedout);
    GUEST_CHECK(reached(CLOCK_REALTIME, &deadline));
    GUEST_CHECK_EQ(mtx_unlock(&lock), thrd_success);
    cnd_destroy(&wake);
    mtx_destroy(&lock);
    check_no_timers_left();
}
