/*
 * Conformance (POSIX thread synchronisation besides mutexes and condition variables): rwlocks
 * (readers together, a writer alone, tryrdlock/trywrlock's EBUSY, no reader ever sees a writer
 * half done), pthread_once under contention (the routine runs once and every caller returns
 * after it), keys (a value per thread, destructors called at thread exit with the value, not
 * for NULL, pthread_key_delete), barriers (exactly one PTHREAD_BARRIER_SERIAL_THREAD per round,
 * nobody passing early; EINVAL for a count of 0) and spinlocks (trylock's EBUSY, a counter under
 * contention).
 */
#include "check.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>

#define THREADS 6

static pthread_t threads[THREADS];

static void run_all(void *(*body)(void *))
{
    for (uintptr_t i = 0; i < THREADS; i++)
        CHECK_EQ(pthread_create(&threads[i], NULL, body, (void *)i), 0);
    for (int i = 0; i < THREADS; i++)
        CHECK_EQ(pthread_join(threads[i], NULL), 0);
}

static pthread_rwlock_t rwlock = PTHREAD_RWLOCK_INITIALIZER;
static volatile long pair[2];
static volatile int torn;

static void *read_or_write(void *argument)
{
    uintptr_t index = (uintptr_t)argument;
    for (int i = 0; i < 3000; i++) {
        if (index % 3 == 0) {
            pthread_rwlock_wrlock(&rwlock);
            pair[0]++;
            sched_yield();
            pair[1]++;
            pthread_rwlock_unlock(&rwlock);
        } else {
            pthread_rwlock_rdlock(&rwlock);
            torn += pair[0] != pair[1];
            pthread_rwlock_unlock(&rwlock);
        }
    }
    return NULL;
}

static void *try_read(void *argument)
{
    (void)argument;
    int result = pthread_rwlock_tryrdlock(&rwlock);
    if (result == 0)
        pthread_rwlock_unlock(&rwlock);
    return (void *)(intptr_t)result;
}

static void *try_write(void *argument)
{
    (void)argument;
    int result = pthread_rwlock_trywrlock(&rwlock);
    if (result == 0)
        pthread_rwlock_unlock(&rwlock);
    return (void *)(intptr_t)result;
}

static intptr_t in_other_thread(void *(*body)(void *))
{
    pthread_t thread;
    void *result = (void *)-1;
    CHECK_EQ(pthread_create(&thread, NULL, body, NULL), 0);
    CHECK_EQ(pthread_join(thread, &result), 0);
    return (intptr_t)result;
}

static void test_rwlock(void)
{
    CHECK_EQ(pthread_rwlock_rdlock(&rwlock), 0);
    CHECK_EQ(in_other_thread(try_read), 0); /* readers share it */
    CHECK_EQ(in_other_thread(try_write), EBUSY);
    CHECK_EQ(pthread_rwlock_unlock(&rwlock), 0);
    CHECK_EQ(pthread_rwlock_wrlock(&rwlock), 0);
    CHECK_EQ(in_other_thread(try_read), EBUSY);
    CHECK_EQ(in_other_thread(try_write), EBUSY);
    CHECK_EQ(pthread_rwlock_unlock(&rwlock), 0);
    CHECK_EQ(in_other_thread(try_write), 0);
    run_all(read_or_write);
    CHECK_EQ(torn, 0);
    CHECK_EQ(pair[0], 2 * 3000);
    CHECK_EQ(pair[1], 2 * 3000);
    pthread_rwlock_t dynamic;
    CHECK_EQ(pthread_rwlock_init(&dynamic, NULL), 0);
    CHECK_EQ(pthread_rwlock_trywrlock(&dynamic), 0);
    CHECK_EQ(pthread_rwlock_tryrdlock(&dynamic), EBUSY);
    CHECK_EQ(pthread_rwlock_unlock(&dynamic), 0);
    CHECK_EQ(pthread_rwlock_destroy(&dynamic), 0);
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static volatile int once_runs;
static volatile int once_finished;
static volatile int saw_unfinished;

static void once_routine(void)
{
    once_runs++;
    for (int i = 0; i < 50; i++)
        sched_yield(); /* let the others arrive while it runs */
    once_finished = 1;
}

static void *call_once_routine(void *argument)
{
    (void)argument;
    pthread_once(&once, once_routine);
    saw_unfinished += !once_finished;
    return NULL;
}

static void test_once(void)
{
    run_all(call_once_routine);
    CHECK_EQ(once_runs, 1);
    CHECK_EQ(saw_unfinished, 0);
    CHECK_EQ(pthread_once(&once, once_routine), 0);
    CHECK_EQ(once_runs, 1);
}

static pthread_key_t key;
static pthread_mutex_t destructor_lock = PTHREAD_MUTEX_INITIALIZER;
static int destructor_calls;
static uintptr_t destructor_sum;

static void destroy_value(void *value)
{
    pthread_mutex_lock(&destructor_lock);
    destructor_calls++;
    destructor_sum += (uintptr_t)value;
    pthread_mutex_unlock(&destructor_lock);
}

static void *use_key(void *argument)
{
    uintptr_t index = (uintptr_t)argument;
    if (pthread_getspecific(key) != NULL)
        return (void *)1;
    if (index == 0)
        return NULL; /* leaves NULL: no destructor call */
    if (pthread_setspecific(key, (void *)(index * 10)) != 0)
        return (void *)2;
    sched_yield();
    return pthread_getspecific(key) == (void *)(index * 10) ? NULL : (void *)3;
}

static void test_keys(void)
{
    CHECK_EQ(pthread_key_create(&key, destroy_value), 0);
    CHECK(pthread_getspecific(key) == NULL);
    CHECK_EQ(pthread_setspecific(key, (void *)7), 0);
    int failures = 0;
    for (uintptr_t i = 0; i < THREADS; i++)
        CHECK_EQ(pthread_create(&threads[i], NULL, use_key, (void *)i), 0);
    for (int i = 0; i < THREADS; i++) {
        void *result = (void *)-1;
        CHECK_EQ(pthread_join(threads[i], &result), 0);
        failures += result != NULL;
    }
    CHECK_EQ(failures, 0);
    CHECK_EQ(destructor_calls, THREADS - 1);
    CHECK_EQ(destructor_sum, 10 * (THREADS - 1) * THREADS / 2);
    CHECK(pthread_getspecific(key) == (void *)7); /* the main thread's own */
    CHECK_EQ(pthread_setspecific(key, NULL), 0);
    CHECK_EQ(pthread_key_delete(key), 0);
    pthread_key_t second;
    CHECK_EQ(pthread_key_create(&second, NULL), 0);
    CHECK(pthread_getspecific(second) == NULL);
    CHECK_EQ(pthread_key_delete(second), 0);
}

#define ROUNDS 20
static pthread_barrier_t barrier;
static volatile int arrived[ROUNDS];
static volatile int serials[ROUNDS];
static volatile int early;
static pthread_mutex_t barrier_lock = PTHREAD_MUTEX_INITIALIZER;

static void *meet(void *argument)
{
    (void)argument;
    for (int round = 0; round < ROUNDS; round++) {
        pthread_mutex_lock(&barrier_lock);
        arrived[round]++;
        pthread_mutex_unlock(&barrier_lock);
        int result = pthread_barrier_wait(&barrier);
        pthread_mutex_lock(&barrier_lock);
        early += arrived[round] != THREADS;
        serials[round] += result == PTHREAD_BARRIER_SERIAL_THREAD;
        early += result != 0 && result != PTHREAD_BARRIER_SERIAL_THREAD;
        pthread_mutex_unlock(&barrier_lock);
    }
    return NULL;
}

static void test_barrier(void)
{
    CHECK_EQ(pthread_barrier_init(&barrier, NULL, 0), EINVAL);
    CHECK_EQ(pthread_barrier_init(&barrier, NULL, THREADS), 0);
    run_all(meet);
    CHECK_EQ(early, 0);
    int one_each = 0;
    for (int round = 0; round < ROUNDS; round++)
        one_each += serials[round] == 1;
    CHECK_EQ(one_each, ROUNDS);
    CHECK_EQ(pthread_barrier_destroy(&barrier), 0);
    CHECK_EQ(pthread_barrier_init(&barrier, NULL, 1), 0);
    CHECK_EQ(pthread_barrier_wait(&barrier), PTHREAD_BARRIER_SERIAL_THREAD); /* alone */
    CHECK_EQ(pthread_barrier_destroy(&barrier), 0);
}

static pthread_spinlock_t spin;
static long spin_counter;

static void *spin_increment(void *argument)
{
    (void)argument;
    for (int i = 0; i < 10000; i++) {
        pthread_spin_lock(&spin);
        spin_counter++;
        pthread_spin_unlock(&spin);
    }
    return NULL;
}

static void *spin_try(void *argument)
{
    (void)argument;
    int result = pthread_spin_trylock(&spin);
    if (result == 0)
        pthread_spin_unlock(&spin);
    return (void *)(intptr_t)result;
}

static void test_spinlock(void)
{
    CHECK_EQ(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE), 0);
    CHECK_EQ(pthread_spin_lock(&spin), 0);
    CHECK_EQ(in_other_thread(spin_try), EBUSY);
    CHECK_EQ(pthread_spin_unlock(&spin), 0);
    CHECK_EQ(in_other_thread(spin_try), 0);
    CHECK_EQ(pthread_spin_trylock(&spin), 0);
    CHECK_EQ(pthread_spin_unlock(&spin), 0);
    run_all(spin_increment);
    CHECK_EQ(spin_counter, THREADS * 10000L);
    CHECK_EQ(pthread_spin_destroy(&spin), 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    test_rwlock();
    test_once();
    test_keys();
    test_barrier();
    test_spinlock();
    return check_summary();
}
