/*
 * Condition variables, read-write locks, barriers and once (libc-threads
 * suite): hand-off through a bounded queue, broadcast, timed waits, the
 * exclusion of writers and readers, and their error codes.
 */
#include "tests.h"

#include <errno.h>
#include <guest_test.h>
#include <pthread.h>

enum { ITEMS = 600, QUEUE = 4, PRODUCERS = 2, CONSUMERS = 3 };

static pthread_mutex_t queue_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static int queue[QUEUE], queue_head, queue_count, produced, consumed;
static long consumed_sum;

static void *producer(void *argument)
{
    (void)argument;
    for (;;) {
        pthread_mutex_lock(&queue_mutex);
        while (queue_count == QUEUE && produced < ITEMS)
            pthread_cond_wait(&not_full, &queue_mutex);
        if (produced == ITEMS) {
            pthread_mutex_unlock(&queue_mutex);
            return NULL;
        }
        queue[(queue_head + queue_count++) % QUEUE] = ++produced;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&queue_mutex);
    }
}

static void *consumer(void *argument)
{
    long taken = 0;
    (void)argument;
    for (;;) {
        pthread_mutex_lock(&queue_mutex);
        while (queue_count == 0 && consumed < ITEMS)
            pthread_cond_wait(&not_empty, &queue_mutex);
        if (consumed == ITEMS) {
            pthread_cond_broadcast(&not_empty);
            pthread_mutex_unlock(&queue_mutex);
            return (void *)taken;
        }
        consumed_sum += queue[queue_head];
        queue_head = (queue_head + 1) % QUEUE;
        queue_count--;
        consumed++;
        taken++;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&queue_mutex);
    }
}

void test_condition_producer_consumer(void)
{
    pthread_t producers[PRODUCERS], consumers[CONSUMERS];
    for (int i = 0; i < CONSUMERS; i++)
        GUEST_CHECK_EQ(pthread_create(&consumers[i], NULL, consumer, NULL), 0);
    for (int i = 0; i < PRODUCERS; i++)
        GUEST_CHECK_EQ(pthread_create(&producers[i], NULL, producer, NULL), 0);
    for (int i = 0; i < PRODUCERS; i++)
        GUEST_CHECK_EQ(pthread_join(producers[i], NULL), 0);
    long taken = 0;
    for (int i = 0; i < CONSUMERS; i++) {
        void *result = NULL;
        GUEST_CHECK_EQ(pthread_join(consumers[i], &result), 0);
        taken += (long)result;
    }
    GUEST_CHECK_EQ(taken, ITEMS);
    GUEST_CHECK_EQ(consumed_sum, (long)ITEMS * (ITEMS + 1) / 2);
}

enum { SLEEPERS = 6 };
static pthread_mutex_t gate_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate = PTHREAD_COND_INITIALIZER;
static int gate_open, gate_waiting, gate_passed;

static void *sleeper(void *argument)
{
    pthread_mutex_lock(&gate_mutex);
    gate_waiting++;
    while (!gate_open)
        pthread_cond_wait(&gate, &gate_mutex);
    gate_passed++;
    pthread_mutex_unlock(&gate_mutex);
    return argument;
}

void test_condition_broadcast(void)
{
    pthread_t threads[SLEEPERS];
    for (int i = 0; i < SLEEPERS; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, sleeper, NULL), 0);
    for (;;) {
        pthread_mutex_lock(&gate_mutex);
        int waiting = gate_waiting;
        pthread_mutex_unlock(&gate_mutex);
        if (waiting == SLEEPERS)
            break;
        sched_yield();
    }
    pthread_mutex_lock(&gate_mutex);
    gate_open = 1;
    GUEST_CHECK_EQ(pthread_cond_broadcast(&gate), 0);
    pthread_mutex_unlock(&gate_mutex);
    for (int i = 0; i < SLEEPERS; i++)
        GUEST_CHECK_EQ(pthread_join(threads[i], NULL), 0);
    GUEST_CHECK_EQ(gate_passed, SLEEPERS);
}

void test_condition_timed(void)
{
    pthread_condattr_t attributes;
    pthread_cond_t condition;
    pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
    clockid_t clock = -1;
    GUEST_CHECK_EQ(pthread_condattr_init(&attributes), 0);
    GUEST_CHECK_EQ(pthread_condattr_setclock(&attributes, 99), EINVAL);
    GUEST_CHECK_EQ(pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC), 0);
    GUEST_CHECK_EQ(pthread_condattr_getclock(&attributes, &clock), 0);
    GUEST_CHECK_EQ(clock, CLOCK_MONOTONIC);
    GUEST_CHECK_EQ(pthread_cond_init(&condition, &attributes), 0);
    pthread_mutex_lock(&mutex);
    struct timespec soon = monotonic_in(2);
    GUEST_CHECK_EQ(pthread_cond_timedwait(&condition, &mutex, &soon), ETIMEDOUT);
    GUEST_CHECK_EQ(pthread_mutex_trylock(&mutex), EBUSY); /* held again */
    struct timespec bad = {0, -1};
    GUEST_CHECK_EQ(pthread_cond_timedwait(&condition, &mutex, &bad), EINVAL);
    GUEST_CHECK_EQ(pthread_cond_clockwait(&condition, &mutex, CLOCK_REALTIME, &bad), EINVAL);
    pthread_mutex_unlock(&mutex);
    GUEST_CHECK_EQ(pthread_cond_destroy(&condition), 0);
}

static pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;
static int table[2];
static volatile int torn, readers_inside, most_readers;

static void *table_user(void *argument)
{
    long id = (long)argument;
    for (int i = 0; i < 400; i++) {
        if ((i + id) % 5 == 0) {
            pthread_rwlock_wrlock(&table_lock);
            int first = table[0];
            if (i % 16 == 0)
                sched_yield();
            table[0] = first + 1;
            table[1]++;
            pthread_rwlock_unlock(&table_lock);
        } else {
            pthread_rwlock_rdlock(&table_lock);
            int inside = __atomic_add_fetch(&readers_inside, 1, __ATOMIC_RELAXED);
            if (inside > most_readers)
                most_readers = inside;
            if (table[0] != table[1])
                torn = 1;
            if (i % 8 == 0)
                sched_yield();
            __atomic_sub_fetch(&readers_inside, 1, __ATOMIC_RELAXED);
            pthread_rwlock_unlock(&table_lock);
        }
    }
    return NULL;
}

void test_rwlock(void)
{
    enum { USERS = 5 };
    pthread_t threads[USERS];
    for (long i = 0; i < USERS; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, table_user, (void *)i), 0);
    for (int i = 0; i < USERS; i++)
        GUEST_CHECK_EQ(pthread_join(threads[i], NULL), 0);
    GUEST_CHECK_EQ(torn, 0);
    GUEST_CHECK_EQ(table[0], USERS * 400 / 5);
    GUEST_CHECK_EQ(table[1], table[0]);
    GUEST_CHECK(most_readers >= 1);

    GUEST_CHECK_EQ(pthread_rwlock_rdlock(&table_lock), 0);
    GUEST_CHECK_EQ(pthread_rwlock_tryrdlock(&table_lock), 0);
    GUEST_CHECK_EQ(pthread_rwlock_trywrlock(&table_lock), EBUSY);
    GUEST_CHECK_EQ(pthread_rwlock_destroy(&table_lock), EBUSY);
    struct timespec past = {0, 0};
    GUEST_CHECK_EQ(pthread_rwlock_timedwrlock(&table_lock, &past), ETIMEDOUT);
    GUEST_CHECK_EQ(pthread_rwlock_unlock(&table_lock), 0);
    GUEST_CHECK_EQ(pthread_rwlock_unlock(&table_lock), 0);
    GUEST_CHECK_EQ(pthread_rwlock_unlock(&table_lock), EPERM);
    GUEST_CHECK_EQ(pthread_rwlock_wrlock(&table_lock), 0);
    GUEST_CHECK_EQ(pthread_rwlock_wrlock(&table_lock), EDEADLK);
    GUEST_CHECK_EQ(pthread_rwlock_rdlock(&table_lock), EDEADLK);
    GUEST_CHECK_EQ(pthread_rwlock_tryrdlock(&table_lock), EBUSY);
    GUEST_CHECK_EQ(pthread_rwlock_timedrdlock(&table_lock, &past), EDEADLK);
    GUEST_CHECK_EQ(pthread_rwlock_unlock(&table_lock), 0);
    GUEST_CHECK_EQ(pthread_rwlock_destroy(&table_lock), 0);
}

enum { PARTIES = 4, ROUNDS = 50 };
static pthread_barrier_t barrier;
static int arrivals[ROUNDS];
static int serial_count, barrier_errors;

static void *barrier_party(void *argument)
{
    (void)argument;
    for (int round = 0; round < ROUNDS; round++) {
        __atomic_add_fetch(&arrivals[round], 1, __ATOMIC_RELAXED);
        if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD)
            __atomic_add_fetch(&serial_count, 1, __ATOMIC_RELAXED);
        /* Nobody gets past the barrier before every party has arrived. */
        if (__atomic_load_n(&arrivals[round], __ATOMIC_RELAXED) != PARTIES)
            __atomic_add_fetch(&barrier_errors, 1, __ATOMIC_RELAXED);
    }
    return NULL;
}

void test_barrier(void)
{
    pthread_barrierattr_t attributes;
    pthread_t threads[PARTIES];
    GUEST_CHECK_EQ(pthread_barrierattr_init(&attributes), 0);
    GUEST_CHECK_EQ(pthread_barrier_init(&barrier, &attributes, 0), EINVAL);
    GUEST_CHECK_EQ(pthread_barrier_init(&barrier, &attributes, PARTIES), 0);
    for (int i = 0; i < PARTIES; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, barrier_party, NULL), 0);
    for (int i = 0; i < PARTIES; i++)
        GUEST_CHECK_EQ(pthread_join(threads[i], NULL), 0);
    GUEST_CHECK_EQ(serial_count, ROUNDS);
    GUEST_CHECK_EQ(barrier_errors, 0);
    GUEST_CHECK_EQ(pthread_barrier_destroy(&barrier), 0);
    GUEST_CHECK_EQ(pthread_barrierattr_destroy(&attributes), 0);
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;

static void once_routine(void)
{
    for (int i = 0; i < 20; i++)
        sched_yield(); /* let the others arrive while it runs */
    once_runs++;
}

static void *once_caller(void *argument)
{
    (void)argument;
    pthread_once(&once, once_routine);
    return (void *)(long)once_runs;
}

void test_once(void)
{
    pthread_t threads[5];
    for (int i = 0; i < 5; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, once_caller, NULL), 0);
    for (int i = 0; i < 5; i++) {
        void *seen = NULL;
        GUEST_CHECK_EQ(pthread_join(threads[i], &seen), 0);
        GUEST_CHECK_EQ((long)seen, 1); /* every caller returns after the routine */
    }
    GUEST_CHECK_EQ(pthread_once(&once, once_routine), 0);
    GUEST_CHECK_EQ(once_runs, 1);
}
