/*
 * Threads themselves (libc-threads suite): join results, detach, the error
 * codes of create, join and detach, reuse of an ended thread's memory, the
 * stack-size attribute, keys with destructors, TLS and errno per thread,
 * cleanup handlers, stream locks between threads and the C11 layer.
 */
#include "tests.h"

#include <errno.h>
#include <guest_test.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <threads.h>

static void *echo(void *argument)
{
    return argument;
}

void test_join_results(void)
{
    enum { THREADS = 12 };
    pthread_t threads[THREADS];
    for (long i = 0; i < THREADS; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, echo, (void *)(i * 1000 + 7)), 0);
    for (int i = 0; i < THREADS; i++)
        for (int j = 0; j < i; j++)
            GUEST_CHECK(!pthread_equal(threads[i], threads[j]));
    for (long i = THREADS - 1; i >= 0; i--) {
        void *result = NULL;
        GUEST_CHECK_EQ(pthread_join(threads[i], &result), 0);
        GUEST_CHECK_EQ((long)result, i * 1000 + 7);
    }
    GUEST_CHECK(pthread_equal(pthread_self(), pthread_self()));
}

static volatile int detached_ran;

static void *detached_thread(void *argument)
{
    (void)argument;
    __atomic_add_fetch(&detached_ran, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void *slow_thread(void *argument)
{
    for (int i = 0; i < 50; i++)
        sched_yield();
    return argument;
}

void test_detach(void)
{
    pthread_attr_t attributes;
    int state = -1;
    GUEST_CHECK_EQ(pthread_attr_init(&attributes), 0);
    GUEST_CHECK_EQ(pthread_attr_getdetachstate(&attributes, &state), 0);
    GUEST_CHECK_EQ(state, PTHREAD_CREATE_JOINABLE);
    GUEST_CHECK_EQ(pthread_attr_setdetachstate(&attributes, 9), EINVAL);
    GUEST_CHECK_EQ(pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED), 0);
    detached_ran = 0;
    for (int i = 0; i < 20; i++) {
        pthread_t thread;
        GUEST_CHECK_EQ(pthread_create(&thread, &attributes, detached_thread, NULL), 0);
    }
    /* Detaching a running thread, and one that has already ended. */
    pthread_t running, ended;
    GUEST_CHECK_EQ(pthread_create(&running, NULL, slow_thread, NULL), 0);
    GUEST_CHECK_EQ(pthread_detach(running), 0);
    GUEST_CHECK_EQ(pthread_create(&ended, NULL, detached_thread, NULL), 0);
    while (__atomic_load_n(&detached_ran, __ATOMIC_ACQUIRE) < 21)
        sched_yield();
    for (int i = 0; i < 10; i++)
        sched_yield();
    GUEST_CHECK_EQ(pthread_detach(ended), 0);
    GUEST_CHECK_EQ(detached_ran, 21);
    pthread_attr_destroy(&attributes);
}

static void *join_self(void *argument)
{
    (void)argument;
    return (void *)(long)pthread_join(pthread_self(), NULL);
}

void test_thread_errors(void)
{
    pthread_t thread;
    void *result = NULL;
    GUEST_CHECK_EQ(pthread_join(pthread_self(), NULL), EDEADLK);
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, join_self, NULL), 0);
    GUEST_CHECK_EQ(pthread_join(thread, &result), 0);
    GUEST_CHECK_EQ((long)result, EDEADLK);

    GUEST_CHECK_EQ(pthread_create(&thread, NULL, slow_thread, NULL), 0);
    GUEST_CHECK_EQ(pthread_detach(thread), 0);
    GUEST_CHECK_EQ(pthread_detach(thread), EINVAL);
    GUEST_CHECK_EQ(pthread_join(thread, NULL), EINVAL);

    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    GUEST_CHECK_EQ(pthread_attr_setstacksize(&attributes, 1024), EINVAL);
    GUEST_CHECK_EQ(pthread_attr_setstacksize(&attributes, (size_t)1 << 40), 0);
    GUEST_CHECK_EQ(pthread_create(&thread, &attributes, echo, NULL), EINVAL);
}

void test_thread_reuse(void)
{
    /* A joined thread's window (and so its record) goes to the next thread: 300 threads one
     * after another use a few windows (ended detached threads of earlier tests may be among
     * them), not 300. */
    enum { DISTINCT_MAX = 8 };
    pthread_t seen[DISTINCT_MAX], thread;
    int distinct = 0;
    for (long i = 0; i < 300; i++) {
        void *result = NULL;
        GUEST_CHECK_EQ(pthread_create(&thread, NULL, echo, (void *)i), 0);
        int known = 0;
        for (int j = 0; j < distinct; j++)
            known |= seen[j] == thread;
        if (!known && distinct < DISTINCT_MAX)
            seen[distinct] = thread;
        distinct += !known;
        GUEST_CHECK_EQ(pthread_join(thread, &result), 0);
        GUEST_CHECK_EQ((long)result, i);
    }
    GUEST_CHECK(distinct <= 4);
}

static void *deep_stack(void *argument)
{
    volatile unsigned char buffer[200 * 1024];
    size_t size = 0;
    memset((void *)buffer, 0x5a, sizeof(buffer));
    for (size_t i = 0; i < sizeof(buffer); i += 4096)
        size += buffer[i] == 0x5a;
    return (void *)(size + (uintptr_t)argument);
}

void test_stack_size(void)
{
    pthread_attr_t attributes;
    size_t size = 0;
    pthread_attr_init(&attributes);
    GUEST_CHECK_EQ(pthread_attr_getstacksize(&attributes, &size), 0);
    GUEST_CHECK_EQ(size, 64 * 1024);
    GUEST_CHECK_EQ(pthread_attr_setstacksize(&attributes, 256 * 1024), 0);
    GUEST_CHECK_EQ(pthread_attr_getstacksize(&attributes, &size), 0);
    GUEST_CHECK_EQ(size, 256 * 1024);
    pthread_t thread;
    void *result = NULL;
    GUEST_CHECK_EQ(pthread_create(&thread, &attributes, deep_stack, NULL), 0);
    GUEST_CHECK_EQ(pthread_join(thread, &result), 0);
    GUEST_CHECK_EQ((long)result, 200 / 4);
}

static pthread_key_t key, other_key;
static int destructor_sum, destructor_calls;

static void key_destructor(void *value)
{
    __atomic_add_fetch(&destructor_sum, (int)(intptr_t)value, __ATOMIC_RELAXED);
    __atomic_add_fetch(&destructor_calls, 1, __ATOMIC_RELAXED);
}

/* Sets its value again once: the destructors run a second round. */
static void key_destructor_again(void *value)
{
    __atomic_add_fetch(&destructor_calls, 1, __ATOMIC_RELAXED);
    if ((intptr_t)value == 1)
        pthread_setspecific(other_key, (void *)2);
}

static void *key_user(void *argument)
{
    if (pthread_getspecific(key) != NULL)
        return (void *)-1;
    pthread_setspecific(key, argument);
    pthread_setspecific(other_key, (void *)1);
    for (int i = 0; i < 5; i++)
        sched_yield();
    return pthread_getspecific(key);
}

void test_keys(void)
{
    GUEST_CHECK_EQ(pthread_key_create(&key, key_destructor), 0);
    GUEST_CHECK_EQ(pthread_key_create(&other_key, key_destructor_again), 0);
    GUEST_CHECK(key != other_key);
    GUEST_CHECK(pthread_getspecific(key) == NULL);
    pthread_t threads[4];
    for (long i = 0; i < 4; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, key_user, (void *)(i + 1)), 0);
    for (long i = 0; i < 4; i++) {
        void *seen = NULL;
        GUEST_CHECK_EQ(pthread_join(threads[i], &seen), 0);
        GUEST_CHECK_EQ((long)seen, i + 1);
    }
    GUEST_CHECK_EQ(destructor_sum, 1 + 2 + 3 + 4);
    GUEST_CHECK_EQ(destructor_calls, 4 + 4 * 2);
    GUEST_CHECK_EQ(pthread_setspecific(key, &key), 0);
    GUEST_CHECK(pthread_getspecific(key) == &key);
    GUEST_CHECK_EQ(pthread_key_delete(key), 0);
    GUEST_CHECK(pthread_getspecific(key) == NULL);
    GUEST_CHECK_EQ(pthread_key_delete(key), EINVAL);
    GUEST_CHECK_EQ(pthread_setspecific(key, &key), EINVAL);
    GUEST_CHECK_EQ(pthread_setspecific(PTHREAD_KEYS_MAX, &key), EINVAL);
    pthread_key_t keys[PTHREAD_KEYS_MAX];
    int made = 0;
    while (made < PTHREAD_KEYS_MAX && pthread_key_create(&keys[made], NULL) == 0)
        made++;
    GUEST_CHECK_EQ(made, PTHREAD_KEYS_MAX - 1); /* other_key still exists */
    pthread_key_t one_more;
    GUEST_CHECK_EQ(pthread_key_create(&one_more, NULL), EAGAIN);
    for (int i = 0; i < made; i++)
        GUEST_CHECK_EQ(pthread_key_delete(keys[i]), 0);
    GUEST_CHECK_EQ(pthread_key_delete(other_key), 0);
}

static _Thread_local int tls_counter = 100;
static _Thread_local char tls_zeroed[256];
static pthread_barrier_t tls_barrier;

struct tls_report {
    int initial;
    int zeroed;
    int *address;
    int errno_kept;
    int counter_kept;
};

static void *tls_thread(void *argument)
{
    struct tls_report *report = argument;
    report->initial = tls_counter;
    report->zeroed = 1;
    for (size_t i = 0; i < sizeof(tls_zeroed); i++)
        report->zeroed &= tls_zeroed[i] == 0;
    report->address = &tls_counter;
    int mine = (int)(uintptr_t)report % 1000 + 1;
    tls_counter = mine;
    errno = mine;
    memset(tls_zeroed, mine, sizeof(tls_zeroed));
    pthread_barrier_wait(&tls_barrier); /* every thread has written its own */
    pthread_barrier_wait(&tls_barrier);
    report->errno_kept = errno == mine;
    report->counter_kept = tls_counter == mine && tls_zeroed[100] == (char)mine;
    return NULL;
}

void test_tls_and_errno(void)
{
    enum { THREADS = 6 };
    pthread_t threads[THREADS];
    struct tls_report reports[THREADS];
    memset(reports, 0, sizeof(reports));
    tls_counter = 7;
    errno = 0;
    GUEST_CHECK_EQ(pthread_barrier_init(&tls_barrier, NULL, THREADS + 1), 0);
    for (int i = 0; i < THREADS; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, tls_thread, &reports[i]), 0);
    pthread_barrier_wait(&tls_barrier);
    errno = ERANGE;
    pthread_barrier_wait(&tls_barrier);
    for (int i = 0; i < THREADS; i++)
        GUEST_CHECK_EQ(pthread_join(threads[i], NULL), 0);
    for (int i = 0; i < THREADS; i++) {
        GUEST_CHECK_EQ(reports[i].initial, 100);
        GUEST_CHECK(reports[i].zeroed);
        GUEST_CHECK(reports[i].address != &tls_counter);
        GUEST_CHECK(reports[i].errno_kept);
        GUEST_CHECK(reports[i].counter_kept);
        for (int j = 0; j < i; j++)
            GUEST_CHECK(reports[i].address != reports[j].address);
    }
    GUEST_CHECK_EQ(errno, ERANGE);
    GUEST_CHECK_EQ(tls_counter, 7);
    GUEST_CHECK_EQ(pthread_barrier_destroy(&tls_barrier), 0);
}

static int cleanup_order[4], cleanup_count;

static void cleanup_record(void *argument)
{
    cleanup_order[cleanup_count++] = (int)(intptr_t)argument;
}

static void exit_deep(int depth)
{
    if (depth == 0)
        pthread_exit((void *)77);
    exit_deep(depth - 1);
}

static void *cleanup_thread(void *argument)
{
    (void)argument;
    pthread_cleanup_push(cleanup_record, (void *)1);
    pthread_cleanup_push(cleanup_record, (void *)2);
    pthread_cleanup_push(cleanup_record, (void *)3);
    pthread_cleanup_pop(1); /* runs 3 now */
    exit_deep(5);           /* runs 2, then 1 */
    pthread_cleanup_pop(0);
    pthread_cleanup_pop(0);
    return NULL;
}

void test_cleanup_and_exit(void)
{
    pthread_t thread;
    void *result = NULL;
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, cleanup_thread, NULL), 0);
    GUEST_CHECK_EQ(pthread_join(thread, &result), 0);
    GUEST_CHECK_EQ((long)result, 77);
    GUEST_CHECK_EQ(cleanup_count, 3);
    GUEST_CHECK_EQ(cleanup_order[0], 3);
    GUEST_CHECK_EQ(cleanup_order[1], 2);
    GUEST_CHECK_EQ(cleanup_order[2], 1);
}

static void *try_stream(void *argument)
{
    int taken = ftrylockfile(argument) == 0;
    if (taken)
        funlockfile(argument);
    return (void *)(long)taken;
}

void test_stream_locks(void)
{
    pthread_t thread;
    void *result = NULL;
    flockfile(stdout);
    flockfile(stdout); /* recursive for its owner */
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, try_stream, stdout), 0);
    GUEST_CHECK_EQ(pthread_join(thread, &result), 0);
    GUEST_CHECK_EQ((long)result, 0); /* another thread cannot take it */
    funlockfile(stdout);
    funlockfile(stdout);
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, try_stream, stderr), 0);
    GUEST_CHECK_EQ(pthread_join(thread, &result), 0);
    GUEST_CHECK_EQ((long)result, 1); /* a free stream: taken (and given back) */
}

static mtx_t c11_mutex;
static cnd_t c11_condition;
static tss_t c11_key;
static once_flag c11_once = ONCE_FLAG_INIT;
static int c11_ready, c11_once_runs, c11_destroyed;

static void c11_once_routine(void)
{
    c11_once_runs++;
}

static void c11_destructor(void *value)
{
    c11_destroyed += (int)(intptr_t)value;
}

static int c11_thread(void *argument)
{
    call_once(&c11_once, c11_once_routine);
    tss_set(c11_key, (void *)5);
    mtx_lock(&c11_mutex);
    c11_ready = 1;
    cnd_signal(&c11_condition);
    mtx_unlock(&c11_mutex);
    return (int)(intptr_t)argument * 2;
}

void test_c11_threads(void)
{
    thrd_t thread;
    int result = 0;
    GUEST_CHECK_EQ(mtx_init(&c11_mutex, mtx_plain | mtx_timed), thrd_success);
    GUEST_CHECK_EQ(mtx_init(&c11_mutex, 99), thrd_error);
    GUEST_CHECK_EQ(mtx_init(&c11_mutex, mtx_plain), thrd_success);
    GUEST_CHECK_EQ(cnd_init(&c11_condition), thrd_success);
    GUEST_CHECK_EQ(tss_create(&c11_key, c11_destructor), thrd_success);
    mtx_lock(&c11_mutex);
    GUEST_CHECK_EQ(thrd_create(&thread, c11_thread, (void *)21), thrd_success);
    while (!c11_ready)
        GUEST_CHECK_EQ(cnd_wait(&c11_condition, &c11_mutex), thrd_success);
    mtx_unlock(&c11_mutex);
    GUEST_CHECK_EQ(thrd_join(thread, &result), thrd_success);
    GUEST_CHECK_EQ(result, 42);
    GUEST_CHECK_EQ(c11_once_runs, 1);
    GUEST_CHECK_EQ(c11_destroyed, 5);
    GUEST_CHECK(thrd_equal(thrd_current(), thrd_current()));
    GUEST_CHECK_EQ(mtx_trylock(&c11_mutex), thrd_success);
    GUEST_CHECK_EQ(mtx_trylock(&c11_mutex), thrd_busy);
    struct timespec past = {0, 0};
    GUEST_CHECK_EQ(mtx_timedlock(&c11_mutex, &past), thrd_timedout);
    GUEST_CHECK_EQ(cnd_timedwait(&c11_condition, &c11_mutex, &past), thrd_timedout);
    GUEST_CHECK_EQ(mtx_unlock(&c11_mutex), thrd_success);
    struct timespec nap = {0, 1000000};
    GUEST_CHECK_EQ(thrd_sleep(&nap, NULL), 0);
    thrd_yield();
    tss_delete(c11_key);
    mtx_destroy(&c11_mutex);
    cnd_destroy(&c11_condition);
}
