/*
 * Conformance (POSIX condition variables): producers and consumers through signal (every item
 * taken exactly once), broadcast waking every waiter, timedwait's ETIMEDOUT after at least the
 * time asked with the mutex held again, a timedwait on a CLOCK_MONOTONIC condition variable
 * (pthread_condattr_setclock), and a timedwait woken by a signal before its deadline.
 */
#include "check.h"

#include <errno.h>
#include <pthread.h>
#include <time.h>

#define ITEMS     2000
#define CONSUMERS 4
#define WAITERS   5

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static int queue[16];
static int queue_count, queue_head;
static int produced_done;
static long consumed_sum, consumed_count;

static void *consume(void *argument)
{
    (void)argument;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (queue_count == 0 && !produced_done)
            pthread_cond_wait(&not_empty, &lock);
        if (queue_count == 0)
            break;
        int item = queue[queue_head];
        queue_head = (queue_head + 1) % 16;
        queue_count--;
        consumed_sum += item;
        consumed_count++;
        pthread_cond_signal(&not_full);
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

static void test_producer_consumers(void)
{
    pthread_t consumers[CONSUMERS];
    for (int i = 0; i < CONSUMERS; i++)
        CHECK_EQ(pthread_create(&consumers[i], NULL, consume, NULL), 0);
    for (int item = 1; item <= ITEMS; item++) {
        pthread_mutex_lock(&lock);
        while (queue_count == 16)
            pthread_cond_wait(&not_full, &lock);
        queue[(queue_head + queue_count) % 16] = item;
        queue_count++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&lock);
    }
    pthread_mutex_lock(&lock);
    produced_done = 1;
    pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&lock);
    for (int i = 0; i < CONSUMERS; i++)
        CHECK_EQ(pthread_join(consumers[i], NULL), 0);
    CHECK_EQ(consumed_count, ITEMS);
    CHECK_EQ(consumed_sum, (long)ITEMS * (ITEMS + 1) / 2);
}

static pthread_cond_t go = PTHREAD_COND_INITIALIZER;
static int waiting, released, woken;

static void *wait_for_go(void *argument)
{
    (void)argument;
    pthread_mutex_lock(&lock);
    waiting++;
    pthread_cond_broadcast(&not_full); /* tell the main thread one more waits */
    while (!released)
        pthread_cond_wait(&go, &lock);
    woken++;
    pthread_mutex_unlock(&lock);
    return NULL;
}

static void test_broadcast(void)
{
    pthread_t waiters[WAITERS];
    for (int i = 0; i < WAITERS; i++)
        CHECK_EQ(pthread_create(&waiters[i], NULL, wait_for_go, NULL), 0);
    pthread_mutex_lock(&lock);
    while (waiting < WAITERS)
        pthread_cond_wait(&not_full, &lock);
    released = 1;
    CHECK_EQ(pthread_cond_broadcast(&go), 0);
    pthread_mutex_unlock(&lock);
    for (int i = 0; i < WAITERS; i++)
        CHECK_EQ(pthread_join(waiters[i], NULL), 0);
    CHECK_EQ(woken, WAITERS);
    CHECK_EQ(pthread_cond_signal(&go), 0); /* nobody waits: no effect */
    CHECK_EQ(pthread_cond_broadcast(&go), 0);
}

static long long elapsed_ns(clockid_t clock, const struct timespec *start)
{
    struct timespec now;
    clock_gettime(clock, &now);
    return (now.tv_sec - start->tv_sec) * 1000000000LL + now.tv_nsec - start->tv_nsec;
}

static struct timespec after_ms(clockid_t clock, long milliseconds)
{
    struct timespec when;
    clock_gettime(clock, &when);
    when.tv_nsec += milliseconds * 1000000;
    when.tv_sec += when.tv_nsec / 1000000000;
    when.tv_nsec %= 1000000000;
    return when;
}

static void test_timedwait(void)
{
    pthread_mutexattr_t checking;
    pthread_mutex_t mutex;
    CHECK_EQ(pthread_mutexattr_init(&checking), 0);
    CHECK_EQ(pthread_mutexattr_settype(&checking, PTHREAD_MUTEX_ERRORCHECK), 0);
    CHECK_EQ(pthread_mutex_init(&mutex, &checking), 0);
    pthread_cond_t condition;
    CHECK_EQ(pthread_cond_init(&condition, NULL), 0);
    struct timespec start;
    clock_gettime(CLOCK_REALTIME, &start);
    struct timespec deadline = after_ms(CLOCK_REALTIME, 40);
    CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    CHECK_EQ(pthread_cond_timedwait(&condition, &mutex, &deadline), ETIMEDOUT);
    CHECK(elapsed_ns(CLOCK_REALTIME, &start) >= 35 * 1000000LL);
    CHECK_EQ(pthread_mutex_lock(&mutex), EDEADLK); /* held again after the timeout */
    struct timespec past = {0, 0};
    CHECK_EQ(pthread_cond_timedwait(&condition, &mutex, &past), ETIMEDOUT);
    struct timespec bad = {0, 2000000000};
    CHECK_EQ(pthread_cond_timedwait(&condition, &mutex, &bad), EINVAL);
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(pthread_cond_destroy(&condition), 0);

    pthread_condattr_t attributes;
    CHECK_EQ(pthread_condattr_init(&attributes), 0);
    clockid_t clock = (clockid_t)-1;
    CHECK_EQ(pthread_condattr_getclock(&attributes, &clock), 0);
    CHECK_EQ(clock, CLOCK_REALTIME);
    CHECK_EQ(pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC), 0);
    CHECK_EQ(pthread_condattr_getclock(&attributes, &clock), 0);
    CHECK_EQ(clock, CLOCK_MONOTONIC);
    CHECK_EQ(pthread_cond_init(&condition, &attributes), 0);
    CHECK_EQ(pthread_condattr_destroy(&attributes), 0);
    clock_gettime(CLOCK_MONOTONIC, &start);
    deadline = after_ms(CLOCK_MONOTONIC, 30);
    CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    CHECK_EQ(pthread_cond_timedwait(&condition, &mutex, &deadline), ETIMEDOUT);
    CHECK(elapsed_ns(CLOCK_MONOTONIC, &start) >= 30 * 1000000LL);
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(pthread_cond_destroy(&condition), 0);
    CHECK_EQ(pthread_mutex_destroy(&mutex), 0);
    CHECK_EQ(pthread_mutexattr_destroy(&checking), 0);
}

static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static int wake_flag;

static void *signal_soon(void *argument)
{
    (void)argument;
    struct timespec pause_time = {0, 20 * 1000000};
    nanosleep(&pause_time, NULL);
    pthread_mutex_lock(&lock);
    wake_flag = 1;
    pthread_cond_signal(&wake);
    pthread_mutex_unlock(&lock);
    return NULL;
}

static void test_timedwait_woken(void)
{
    pthread_t thread;
    struct timespec deadline = after_ms(CLOCK_REALTIME, 10000);
    pthread_mutex_lock(&lock);
    CHECK_EQ(pthread_create(&thread, NULL, signal_soon, NULL), 0);
    int result = 0;
    while (!wake_flag && result == 0)
        result = pthread_cond_timedwait(&wake, &lock, &deadline);
    CHECK_EQ(result, 0);
    CHECK_EQ(wake_flag, 1);
    pthread_mutex_unlock(&lock);
    CHECK_EQ(pthread_join(thread, NULL), 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    test_producer_consumers();
    test_broadcast();
    test_timedwait();
    test_timedwait_woken();
    return check_summary();
}
