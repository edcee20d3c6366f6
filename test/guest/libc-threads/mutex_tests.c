/*
 * Mutexes and spin locks under contention (libc-threads suite): counts that
 * must come out exact, and the error codes of each mutex kind.
 */
#include "tests.h"

#include <errno.h>
#include <guest_test.h>
#include <pthread.h>

enum { COUNTER_THREADS = 8, COUNTER_ROUNDS = 3000 };

static pthread_mutex_t counter_mutex = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *counter_thread(void *argument)
{
    for (int i = 0; i < COUNTER_ROUNDS; i++) {
        pthread_mutex_lock(&counter_mutex);
        long seen = counter;
        /* Give the scheduler a chance to switch inside the critical section. */
        if (i % 64 == 0)
            sched_yield();
        counter = seen + 1;
        pthread_mutex_unlock(&counter_mutex);
    }
    return argument;
}

void test_mutex_counter(void)
{
    pthread_t threads[COUNTER_THREADS];
    counter = 0;
    for (long i = 0; i < COUNTER_THREADS; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, counter_thread, (void *)i), 0);
    for (long i = 0; i < COUNTER_THREADS; i++) {
        void *result = NULL;
        GUEST_CHECK_EQ(pthread_join(threads[i], &result), 0);
        GUEST_CHECK_EQ((long)result, i);
    }
    GUEST_CHECK_EQ(counter, (long)COUNTER_THREADS * COUNTER_ROUNDS);
    GUEST_CHECK_EQ(counter_mutex.__lock, 0);
    GUEST_CHECK_EQ(pthread_mutex_destroy(&counter_mutex), 0);
}

static void *trylock_thread(void *mutex)
{
    return (void *)(long)pthread_mutex_trylock(mutex);
}

static void *unlock_thread(void *mutex)
{
    return (void *)(long)pthread_mutex_unlock(mutex);
}

/* The result of running `start(argument)` in a thread of its own. */
static long in_other_thread(void *(*start)(void *), void *argument)
{
    pthread_t thread;
    void *result = (void *)-1;
    if (pthread_create(&thread, NULL, start, argument) != 0)
        return -1;
    pthread_join(thread, &result);
    return (long)result;
}

void test_mutex_recursive(void)
{
    pthread_mutexattr_t attributes;
    pthread_mutex_t mutex;
    int type = -1;
    GUEST_CHECK_EQ(pthread_mutexattr_init(&attributes), 0);
    GUEST_CHECK_EQ(pthread_mutexattr_settype(&attributes, 42), EINVAL);
    GUEST_CHECK_EQ(pthread_mutexattr_settype(&attributes, PTHREAD_MUTEX_RECURSIVE), 0);
    GUEST_CHECK_EQ(pthread_mutexattr_gettype(&attributes, &type), 0);
    GUEST_CHECK_EQ(type, PTHREAD_MUTEX_RECURSIVE);
    GUEST_CHECK_EQ(pthread_mutex_init(&mutex, &attributes), 0);
    GUEST_CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    GUEST_CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    GUEST_CHECK_EQ(pthread_mutex_trylock(&mutex), 0);
    GUEST_CHECK_EQ(in_other_thread(trylock_thread, &mutex), EBUSY);
    GUEST_CHECK_EQ(in_other_thread(unlock_thread, &mutex), EPERM);
    GUEST_CHECK_EQ(pthread_mutex_destroy(&mutex), EBUSY);
    for (int i = 0; i < 3; i++)
        GUEST_CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    GUEST_CHECK_EQ(pthread_mutex_unlock(&mutex), EPERM);
    GUEST_CHECK_EQ(in_other_thread(trylock_thread, &mutex), 0);
    /* That thread ended holding it: it stays held by a thread that is gone. */
    GUEST_CHECK_EQ(pthread_mutex_trylock(&mutex), EBUSY);
}

void test_mutex_errorcheck(void)
{
    pthread_mutex_t mutex = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
    GUEST_CHECK_EQ(pthread_mutex_unlock(&mutex), EPERM);
    GUEST_CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    GUEST_CHECK_EQ(pthread_mutex_lock(&mutex), EDEADLK);
    GUEST_CHECK_EQ(pthread_mutex_trylock(&mutex), EBUSY);
    GUEST_CHECK_EQ(in_other_thread(unlock_thread, &mutex), EPERM);
    GUEST_CHECK_EQ(in_other_thread(trylock_thread, &mutex), EBUSY);
    GUEST_CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    GUEST_CHECK_EQ(pthread_mutex_unlock(&mutex), EPERM);
    GUEST_CHECK_EQ(pthread_mutex_destroy(&mutex), 0);
}

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static volatile int held_release;

static void *holder_thread(void *argument)
{
    (void)argument;
    pthread_mutex_lock(&held);
    while (!held_release)
        sched_yield();
    pthread_mutex_unlock(&held);
    return NULL;
}

void test_mutex_timed(void)
{
    pthread_t holder;
    held_release = 0;
    GUEST_CHECK_EQ(pthread_create(&holder, NULL, holder_thread, NULL), 0);
    while (pthread_mutex_trylock(&held) == 0) {
        pthread_mutex_unlock(&held);
        sched_yield();
    }
    struct timespec soon = monotonic_in(2);
    struct timespec now;
    GUEST_CHECK_EQ(pthread_mutex_clocklock(&held, CLOCK_MONOTONIC, &soon), ETIMEDOUT);
    clock_gettime(CLOCK_MONOTONIC, &now);
    GUEST_CHECK(now.tv_sec > soon.tv_sec ||
                (now.tv_sec == soon.tv_sec && now.tv_nsec >= soon.tv_nsec));
    struct timespec past = {0, 0};
    GUEST_CHECK_EQ(pthread_mutex_timedlock(&held, &past), ETIMEDOUT);
    struct timespec bad = {0, 1000000000};
    GUEST_CHECK_EQ(pthread_mutex_timedlock(&held, &bad), EINVAL);
    GUEST_CHECK_EQ(pthread_mutex_clocklock(&held, 77, &soon), EINVAL);
    held_release = 1;
    struct timespec later = monotonic_in(5000);
    GUEST_CHECK_EQ(pthread_mutex_clocklock(&held, CLOCK_MONOTONIC, &later), 0);
    GUEST_CHECK_EQ(pthread_mutex_unlock(&held), 0);
    GUEST_CHECK_EQ(pthread_join(holder, NULL), 0);
}

static pthread_spinlock_t spin;
static long spin_counter;

static void *spin_thread(void *argument)
{
    for (int i = 0; i < 2000; i++) {
        pthread_spin_lock(&spin);
        spin_counter++;
        pthread_spin_unlock(&spin);
    }
    return argument;
}

void test_spinlock(void)
{
    pthread_t threads[4];
    GUEST_CHECK_EQ(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE), 0);
    for (int i = 0; i < 4; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, spin_thread, NULL), 0);
    for (int i = 0; i < 4; i++)
        GUEST_CHECK_EQ(pthread_join(threads[i], NULL), 0);
    GUEST_CHECK_EQ(spin_counter, 8000);
    GUEST_CHECK_EQ(pthread_spin_trylock(&spin), 0);
    GUEST_CHECK_EQ(pthread_spin_trylock(&spin), EBUSY);
    GUEST_CHECK_EQ(pthread_spin_destroy(&spin), EBUSY);
    GUEST_CHECK_EQ(pthread_spin_unlock(&spin), 0);
    GUEST_CHECK_EQ(pthread_spin_destroy(&spin), 0);
}
