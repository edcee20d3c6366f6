/*
 * Tests of KOITO-libc's futex queues and POSIX threads (host tests, under
 * ASan and UBSan), over the host port: parking on a Linux futex per thread,
 * threads from the host's pthreads. The futex: a wake wakes exactly as many
 * waiters as asked, a timed wait times out and unlinks itself, a changed word
 * never sleeps. The threads layer: a mutex counter exact under contention,
 * recursive and error-checking mutexes, condition-variable hand-off, timed
 * lock and timed wait, rwlock exclusion, once, keys with destructors,
 * barriers, join results and detach. Semaphores: counts exact between
 * producers and consumers, every wake-up consumed once, timed waits, the
 * errors.
 */
#define _GNU_SOURCE
#include "check.h"
#include "port_host.h"
#include "under_test.h"
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* KOITO-libc's <pthread.h> types, mirrored (the test sees the host's headers). */
typedef struct koito_pthread *kthread_t;
typedef struct {
    size_t stack_size;
    int detach_state;
} kattr_t;
typedef struct {
    volatile int lock;
    int type;
    void *owner;
    unsigned depth;
} kmutex_t;
typedef struct {
    int type;
} kmutexattr_t;
typedef struct {
    volatile int sequence;
    int clock;
} kcond_t;
typedef struct {
    volatile int lock;
    int readers, writer, waiting_writers;
    volatile int read_sequence, write_sequence;
    void *owner;
} krwlock_t;
typedef struct {
    volatile int lock;
    unsigned count, arrived;
    volatile int generation, inside;
} kbarrier_t;
struct ktimespec {
    long long tv_sec;
    long tv_nsec;
};
typedef struct {
    volatile int value;
    volatile int waiters;
} ksem_t;

int __koito_futex_wait_until(volatile int *word, int expected, unsigned long long deadline);
int __koito_futex_wake(volatile int *word, int count);

int koito_test_pthread_create(kthread_t *thread, const kattr_t *attributes, void *(*start)(void *),
                              void *argument);
int koito_test_pthread_join(kthread_t thread, void **result);
int koito_test_pthread_detach(kthread_t thread);
kthread_t koito_test_pthread_self(void);
int koito_test_pthread_attr_init(kattr_t *attributes);
int koito_test_pthread_attr_setdetachstate(kattr_t *attributes, int state);
int koito_test_pthread_mutex_init(kmutex_t *mutex, const kmutexattr_t *attributes);
int koito_test_pthread_mutex_lock(kmutex_t *mutex);
int koito_test_pthread_mutex_trylock(kmutex_t *mutex);
int koito_test_pthread_mutex_unlock(kmutex_t *mutex);
int koito_test_pthread_mutex_clocklock(kmutex_t *mutex, int clock, const struct ktimespec *time);
int koito_test_pthread_mutexattr_init(kmutexattr_t *attributes);
int koito_test_pthread_mutexattr_settype(kmutexattr_t *attributes, int type);
int koito_test_pthread_cond_init(kcond_t *condition, const void *attributes);
int koito_test_pthread_cond_wait(kcond_t *condition, kmutex_t *mutex);
int koito_test_pthread_cond_clockwait(kcond_t *condition, kmutex_t *mutex, int clock,
                                      const struct ktimespec *time);
int koito_test_pthread_cond_signal(kcond_t *condition);
int koito_test_pthread_rwlock_rdlock(krwlock_t *lock);
int koito_test_pthread_rwlock_wrlock(krwlock_t *lock);
int koito_test_pthread_rwlock_trywrlock(krwlock_t *lock);
int koito_test_pthread_rwlock_unlock(krwlock_t *lock);
int koito_test_pthread_once(int *once, void (*routine)(void));
int koito_test_pthread_key_create(unsigned *key, void (*destructor)(void *));
int koito_test_pthread_key_delete(unsigned key);
int koito_test_pthread_setspecific(unsigned key, const void *value);
void *koito_test_pthread_getspecific(unsigned key);
int koito_test_pthread_barrier_init(kbarrier_t *barrier, const void *attributes, unsigned count);
int koito_test_pthread_barrier_wait(kbarrier_t *barrier);
int koito_test_pthread_barrier_destroy(kbarrier_t *barrier);
int koito_test_sem_init(ksem_t *semaphore, int shared, unsigned value);
int koito_test_sem_destroy(ksem_t *semaphore);
int koito_test_sem_post(ksem_t *semaphore);
int koito_test_sem_wait(ksem_t *semaphore);
int koito_test_sem_trywait(ksem_t *semaphore);
int koito_test_sem_clockwait(ksem_t *semaphore, int clock, const struct ktimespec *time);
int koito_test_sem_getvalue(ksem_t *semaphore, int *value);
void *koito_test_sem_open(const char *name, int flags, ...);
int koito_test_sem_unlink(const char *name);

enum { K_MUTEX_RECURSIVE = 1, K_MUTEX_ERRORCHECK = 2, K_CLOCK_MONOTONIC = 1 };

static unsigned long long now_ns(void)
{
    unsigned long long now = 0;
    __koito_monotonic_now(&now);
    return now;
}

static struct ktimespec monotonic_in(long milliseconds)
{
    unsigned long long at = now_ns() + (unsigned long long)milliseconds * 1000000u;
    struct ktimespec time = {(long long)(at / 1000000000u), (long)(at % 1000000000u)};
    return time;
}

/* ---- the futex queue ---------------------------------------------------- */

static volatile int futex_word;
static int futex_left;

static void *futex_waiter(void *argument)
{
    (void)argument;
    while (__atomic_load_n(&futex_word, __ATOMIC_ACQUIRE) == 0)
        __koito_futex_wait_until(&futex_word, 0, 0);
    __atomic_add_fetch(&futex_left, 1, __ATOMIC_RELEASE);
    return NULL;
}

static volatile int exact_word;
static int exact_left;

static void *exact_waiter(void *argument)
{
    (void)argument;
    /* One wait: a wake-up is either one of the counted ones or none. */
    __koito_futex_wait_until(&exact_word, 0, 0);
    __atomic_add_fetch(&exact_left, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void test_futex_wakes_exactly(void)
{
    enum { WAITERS = 8 };
    kthread_t threads[WAITERS];
    for (int i = 0; i < WAITERS; i++)
        CHECK_EQ(koito_test_pthread_create(&threads[i], NULL, exact_waiter, NULL), 0);
    /* Wake three, in as many calls as it takes for them all to be queued. */
    int woken = 0;
    while (woken < 3) {
        woken += __koito_futex_wake(&exact_word, 3 - woken);
        usleep(1000);
    }
    CHECK_EQ(woken, 3);
    usleep(50000);
    CHECK_EQ(__atomic_load_n(&exact_left, __ATOMIC_ACQUIRE), 3);
    /* The other five are still queued: a wake of all finds exactly them. */
    while (woken < WAITERS) {
        woken += __koito_futex_wake(&exact_word, INT_MAX);
        usleep(1000);
    }
    CHECK_EQ(woken, WAITERS);
    for (int i = 0; i < WAITERS; i++)
        CHECK_EQ(koito_test_pthread_join(threads[i], NULL), 0);
    CHECK_EQ(exact_left, WAITERS);
    CHECK_EQ(__koito_futex_wake(&exact_word, INT_MAX), 0);
}

static void test_futex_wait_and_timeout(void)
{
    volatile int word = 5;
    /* A word that already differs returns at once. */
    CHECK_EQ(__koito_futex_wait_until(&word, 4, 0), 0);
    unsigned long long start = now_ns();
    CHECK_EQ(__koito_futex_wait_until(&word, 5, start + 20000000u), -ETIMEDOUT);
    CHECK(now_ns() >= start + 20000000u);
    /* The timed-out waiter left the queue: nobody is there to wake. */
    CHECK_EQ(__koito_futex_wake(&word, INT_MAX), 0);
    /* A deadline already past. */
    CHECK_EQ(__koito_futex_wait_until(&word, 5, 1), -ETIMEDOUT);

    enum { WAITERS = 6 };
    kthread_t threads[WAITERS];
    for (int i = 0; i < WAITERS; i++)
        CHECK_EQ(koito_test_pthread_create(&threads[i], NULL, futex_waiter, NULL), 0);
    usleep(20000);
    __atomic_store_n(&futex_word, 1, __ATOMIC_RELEASE);
    __koito_futex_wake(&futex_word, INT_MAX);
    for (int i = 0; i < WAITERS; i++)
        CHECK_EQ(koito_test_pthread_join(threads[i], NULL), 0);
    CHECK_EQ(futex_left, WAITERS);
}

/* ---- mutexes ------------------------------------------------------------ */

enum { COUNTER_THREADS = 8, COUNTER_ROUNDS = 20000 };
static kmutex_t counter_mutex;
static long counter;

static void *counter_thread(void *argument)
{
    for (int i = 0; i < COUNTER_ROUNDS; i++) {
        koito_test_pthread_mutex_lock(&counter_mutex);
        counter++;
        koito_test_pthread_mutex_unlock(&counter_mutex);
    }
    return argument;
}

static void test_mutex_counter(void)
{
    kthread_t threads[COUNTER_THREADS];
    koito_test_pthread_mutex_init(&counter_mutex, NULL);
    for (long i = 0; i < COUNTER_THREADS; i++)
        CHECK_EQ(koito_test_pthread_create(&threads[i], NULL, counter_thread, (void *)i), 0);
    for (long i = 0; i < COUNTER_THREADS; i++) {
        void *result = NULL;
        CHECK_EQ(koito_test_pthread_join(threads[i], &result), 0);
        CHECK_EQ((long)result, i);
    }
    CHECK_EQ(counter, (long)COUNTER_THREADS * COUNTER_ROUNDS);
    CHECK_EQ(counter_mutex.lock, 0);
}

static void *try_from_other(void *argument)
{
    return (void *)(long)koito_test_pthread_mutex_trylock(argument);
}

static void test_mutex_kinds(void)
{
    kmutexattr_t attributes;
    kmutex_t recursive, checking;
    koito_test_pthread_mutexattr_init(&attributes);
    CHECK_EQ(koito_test_pthread_mutexattr_settype(&attributes, 7), EINVAL);
    koito_test_pthread_mutexattr_settype(&attributes, K_MUTEX_RECURSIVE);
    koito_test_pthread_mutex_init(&recursive, &attributes);
    koito_test_pthread_mutexattr_settype(&attributes, K_MUTEX_ERRORCHECK);
    koito_test_pthread_mutex_init(&checking, &attributes);

    CHECK_EQ(koito_test_pthread_mutex_lock(&recursive), 0);
    CHECK_EQ(koito_test_pthread_mutex_lock(&recursive), 0);
    CHECK_EQ(koito_test_pthread_mutex_trylock(&recursive), 0);
    kthread_t other;
    void *result = NULL;
    koito_test_pthread_create(&other, NULL, try_from_other, &recursive);
    koito_test_pthread_join(other, &result);
    CHECK_EQ((long)result, EBUSY);
    for (int i = 0; i < 3; i++)
        CHECK_EQ(koito_test_pthread_mutex_unlock(&recursive), 0);
    CHECK_EQ(koito_test_pthread_mutex_unlock(&recursive), EPERM);

    CHECK_EQ(koito_test_pthread_mutex_unlock(&checking), EPERM);
    CHECK_EQ(koito_test_pthread_mutex_lock(&checking), 0);
    CHECK_EQ(koito_test_pthread_mutex_lock(&checking), EDEADLK);
    struct ktimespec soon = monotonic_in(10);
    CHECK_EQ(koito_test_pthread_mutex_clocklock(&checking, K_CLOCK_MONOTONIC, &soon), EDEADLK);
    CHECK_EQ(koito_test_pthread_mutex_unlock(&checking), 0);

    kmutex_t plain;
    koito_test_pthread_mutex_init(&plain, NULL);
    koito_test_pthread_mutex_lock(&plain);
    unsigned long long start = now_ns();
    CHECK_EQ(koito_test_pthread_mutex_clocklock(&plain, K_CLOCK_MONOTONIC, &soon), ETIMEDOUT);
    CHECK(now_ns() >= start);
    struct ktimespec bad = {0, 1000000000};
    CHECK_EQ(koito_test_pthread_mutex_clocklock(&plain, K_CLOCK_MONOTONIC, &bad), EINVAL);
    CHECK_EQ(koito_test_pthread_mutex_clocklock(&plain, 99, &soon), EINVAL);
    koito_test_pthread_mutex_unlock(&plain);
}

/* ---- condition variables ------------------------------------------------ */

enum { ITEMS = 20000, QUEUE = 8 };
static kmutex_t queue_mutex;
static kcond_t queue_not_empty, queue_not_full;
static int queue[QUEUE], queue_head, queue_count;

static void *producer(void *argument)
{
    (void)argument;
    for (int i = 1; i <= ITEMS; i++) {
        koito_test_pthread_mutex_lock(&queue_mutex);
        while (queue_count == QUEUE)
            koito_test_pthread_cond_wait(&queue_not_full, &queue_mutex);
        queue[(queue_head + queue_count++) % QUEUE] = i;
        koito_test_pthread_cond_signal(&queue_not_empty);
        koito_test_pthread_mutex_unlock(&queue_mutex);
    }
    return NULL;
}

static void test_condition_hand_off(void)
{
    koito_test_pthread_mutex_init(&queue_mutex, NULL);
    koito_test_pthread_cond_init(&queue_not_empty, NULL);
    koito_test_pthread_cond_init(&queue_not_full, NULL);
    kthread_t thread;
    koito_test_pthread_create(&thread, NULL, producer, NULL);
    long sum = 0;
    int in_order = 1;
    for (int i = 1; i <= ITEMS; i++) {
        koito_test_pthread_mutex_lock(&queue_mutex);
        while (queue_count == 0)
            koito_test_pthread_cond_wait(&queue_not_empty, &queue_mutex);
        int item = queue[queue_head];
        queue_head = (queue_head + 1) % QUEUE;
        queue_count--;
        koito_test_pthread_cond_signal(&queue_not_full);
        koito_test_pthread_mutex_unlock(&queue_mutex);
        in_order &= item == i;
        sum += item;
    }
    CHECK_EQ(koito_test_pthread_join(thread, NULL), 0);
    CHECK(in_order);
    CHECK_EQ(sum, (long)ITEMS * (ITEMS + 1) / 2);

    kcond_t lonely;
    koito_test_pthread_cond_init(&lonely, NULL);
    koito_test_pthread_mutex_lock(&queue_mutex);
    struct ktimespec soon = monotonic_in(15);
    CHECK_EQ(koito_test_pthread_cond_clockwait(&lonely, &queue_mutex, K_CLOCK_MONOTONIC, &soon),
             ETIMEDOUT);
    /* The mutex is held again after the timeout. */
    CHECK_EQ(koito_test_pthread_mutex_trylock(&queue_mutex), EBUSY);
    koito_test_pthread_mutex_unlock(&queue_mutex);
}

/* ---- rwlocks, once, keys, barriers, detach ------------------------------ */

static krwlock_t table_lock;
static int table[2];
static int torn;

static void *rwlock_user(void *argument)
{
    long id = (long)argument;
    for (int i = 0; i < 5000; i++) {
        if ((i + id) % 4 == 0) {
            koito_test_pthread_rwlock_wrlock(&table_lock);
            table[0]++;
            table[1]++;
            koito_test_pthread_rwlock_unlock(&table_lock);
        } else {
            koito_test_pthread_rwlock_rdlock(&table_lock);
            if (table[0] != table[1])
                __atomic_add_fetch(&torn, 1, __ATOMIC_RELAXED);
            koito_test_pthread_rwlock_unlock(&table_lock);
        }
    }
    return NULL;
}

static void test_rwlock(void)
{
    kthread_t threads[6];
    for (long i = 0; i < 6; i++)
        koito_test_pthread_create(&threads[i], NULL, rwlock_user, (void *)i);
    for (int i = 0; i < 6; i++)
        koito_test_pthread_join(threads[i], NULL);
    CHECK_EQ(torn, 0);
    CHECK_EQ(table[0], 6 * 5000 / 4);
    CHECK_EQ(table[0], table[1]);
    CHECK_EQ(koito_test_pthread_rwlock_rdlock(&table_lock), 0);
    CHECK_EQ(koito_test_pthread_rwlock_trywrlock(&table_lock), EBUSY);
    CHECK_EQ(koito_test_pthread_rwlock_unlock(&table_lock), 0);
    CHECK_EQ(koito_test_pthread_rwlock_unlock(&table_lock), EPERM);
    CHECK_EQ(koito_test_pthread_rwlock_wrlock(&table_lock), 0);
    CHECK_EQ(koito_test_pthread_rwlock_wrlock(&table_lock), EDEADLK);
    CHECK_EQ(koito_test_pthread_rwlock_unlock(&table_lock), 0);
}

static int once_control;
static int once_runs;
static unsigned key;
static int destroyed;
static kbarrier_t barrier;
static int serial_threads;
static int stale_values;

static void once_routine(void)
{
    usleep(5000);
    __atomic_add_fetch(&once_runs, 1, __ATOMIC_RELAXED);
}

static void destructor(void *value)
{
    __atomic_add_fetch(&destroyed, (int)(intptr_t)value, __ATOMIC_RELAXED);
}

static void *together(void *argument)
{
    koito_test_pthread_once(&once_control, once_routine);
    int runs_seen = __atomic_load_n(&once_runs, __ATOMIC_ACQUIRE);
    if (koito_test_pthread_getspecific(key) != NULL)
        __atomic_add_fetch(&stale_values, 1, __ATOMIC_RELAXED);
    koito_test_pthread_setspecific(key, argument);
    for (int round = 0; round < 100; round++) {
        if (koito_test_pthread_barrier_wait(&barrier) == -1)
            __atomic_add_fetch(&serial_threads, 1, __ATOMIC_RELAXED);
    }
    return (void *)(intptr_t)runs_seen;
}

static void test_once_keys_barrier(void)
{
    enum { THREADS = 5 };
    CHECK_EQ(koito_test_pthread_key_create(&key, destructor), 0);
    CHECK_EQ(koito_test_pthread_barrier_init(&barrier, NULL, 0), EINVAL);
    CHECK_EQ(koito_test_pthread_barrier_init(&barrier, NULL, THREADS), 0);
    kthread_t threads[THREADS];
    for (long i = 0; i < THREADS; i++)
        koito_test_pthread_create(&threads[i], NULL, together, (void *)(i + 1));
    for (int i = 0; i < THREADS; i++) {
        void *runs_seen = NULL;
        koito_test_pthread_join(threads[i], &runs_seen);
        CHECK_EQ((long)runs_seen, 1);
    }
    CHECK_EQ(once_runs, 1);
    CHECK_EQ(stale_values, 0);
    CHECK_EQ(serial_threads, 100);
    CHECK_EQ(destroyed, 1 + 2 + 3 + 4 + 5);
    CHECK_EQ(koito_test_pthread_barrier_destroy(&barrier), 0);
    CHECK_EQ(koito_test_pthread_setspecific(key, &key), 0);
    CHECK(koito_test_pthread_getspecific(key) == &key);
    CHECK_EQ(koito_test_pthread_key_delete(key), 0);
    CHECK_EQ(koito_test_pthread_key_delete(key), EINVAL);
    CHECK_EQ(koito_test_pthread_setspecific(key, &key), EINVAL);
    unsigned again = 0;
    CHECK_EQ(koito_test_pthread_key_create(&again, NULL), 0);
    CHECK(koito_test_pthread_getspecific(again) == NULL);
}

static int detached_done;

static void *detached_thread(void *argument)
{
    (void)argument;
    __atomic_store_n(&detached_done, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void *self_join(void *argument)
{
    (void)argument;
    return (void *)(long)koito_test_pthread_join(koito_test_pthread_self(), NULL);
}

static void test_join_and_detach(void)
{
    kattr_t attributes;
    koito_test_pthread_attr_init(&attributes);
    CHECK_EQ(koito_test_pthread_attr_setdetachstate(&attributes, 5), EINVAL);
    koito_test_pthread_attr_setdetachstate(&attributes, 1);
    kthread_t thread;
    CHECK_EQ(koito_test_pthread_create(&thread, &attributes, detached_thread, NULL), 0);
    while (!__atomic_load_n(&detached_done, __ATOMIC_ACQUIRE))
        usleep(1000);
    void *result = NULL;
    CHECK_EQ(koito_test_pthread_create(&thread, NULL, self_join, NULL), 0);
    CHECK_EQ(koito_test_pthread_join(thread, &result), 0);
    CHECK_EQ((long)result, EDEADLK);
    CHECK_EQ(koito_test_pthread_create(&thread, NULL, detached_thread, NULL), 0);
    CHECK_EQ(koito_test_pthread_detach(thread), 0);
    /* Detached threads free their own records; ASan reports a leak if not. */
    usleep(20000);
}

/* ---- semaphores --------------------------------------------------------- */

enum { SEM_PRODUCERS = 4, SEM_CONSUMERS = 4, SEM_ITEMS = 20000 };
static ksem_t sem_items;
static long sem_consumed;

static void *sem_producer(void *argument)
{
    for (int i = 0; i < SEM_ITEMS; i++)
        CHECK_EQ(koito_test_sem_post(&sem_items), 0);
    return argument;
}

static void *sem_consumer(void *argument)
{
    for (int i = 0; i < SEM_ITEMS; i++) {
        CHECK_EQ(koito_test_sem_wait(&sem_items), 0);
        __atomic_add_fetch(&sem_consumed, 1, __ATOMIC_RELAXED);
    }
    return argument;
}

static void test_semaphore_counts(void)
{
    CHECK_EQ(koito_test_sem_init(&sem_items, 0, 0), 0);
    kthread_t threads[SEM_PRODUCERS + SEM_CONSUMERS];
    for (int i = 0; i < SEM_CONSUMERS; i++)
        CHECK_EQ(koito_test_pthread_create(&threads[i], NULL, sem_consumer, NULL), 0);
    for (int i = 0; i < SEM_PRODUCERS; i++)
        CHECK_EQ(koito_test_pthread_create(&threads[SEM_CONSUMERS + i], NULL, sem_producer, NULL),
                 0);
    for (int i = 0; i < SEM_PRODUCERS + SEM_CONSUMERS; i++)
        CHECK_EQ(koito_test_pthread_join(threads[i], NULL), 0);
    CHECK_EQ(sem_consumed, (long)SEM_CONSUMERS * SEM_ITEMS);
    int value = -1;
    CHECK_EQ(koito_test_sem_getvalue(&sem_items, &value), 0);
    CHECK_EQ(value, 0);
    CHECK_EQ(sem_items.waiters, 0);
    CHECK_EQ(koito_test_sem_destroy(&sem_items), 0);
}

static ksem_t sem_gate;

static void *sem_gate_waiter(void *argument)
{
    (void)argument;
    return (void *)(long)koito_test_sem_wait(&sem_gate);
}

static void test_semaphore_waits_and_errors(void)
{
    ksem_t semaphore;
    CHECK_EQ(koito_test_sem_init(&semaphore, 0, 2), 0);
    CHECK_EQ(koito_test_sem_trywait(&semaphore), 0);
    CHECK_EQ(koito_test_sem_trywait(&semaphore), 0);
    CHECK_EQ(koito_test_sem_trywait(&semaphore), -1);
    CHECK_EQ(KERRNO, EAGAIN);

    /* A timed wait on a zero count times out no earlier than asked. */
    unsigned long long start = now_ns();
    struct ktimespec soon = monotonic_in(20);
    CHECK_EQ(koito_test_sem_clockwait(&semaphore, K_CLOCK_MONOTONIC, &soon), -1);
    CHECK_EQ(KERRNO, ETIMEDOUT);
    CHECK(now_ns() >= start + 20000000u);
    CHECK_EQ(semaphore.waiters, 0);
    /* A count above zero is taken even with an invalid or past time. */
    struct ktimespec invalid = {0, 1000000000};
    CHECK_EQ(koito_test_sem_post(&semaphore), 0);
    CHECK_EQ(koito_test_sem_clockwait(&semaphore, K_CLOCK_MONOTONIC, &invalid), 0);
    CHECK_EQ(koito_test_sem_clockwait(&semaphore, K_CLOCK_MONOTONIC, &invalid), -1);
    CHECK_EQ(KERRNO, EINVAL);
    struct ktimespec past = {0, 0};
    CHECK_EQ(koito_test_sem_clockwait(&semaphore, K_CLOCK_MONOTONIC, &past), -1);
    CHECK_EQ(KERRNO, ETIMEDOUT);
    CHECK_EQ(koito_test_sem_clockwait(&semaphore, 99, &soon), -1);
    CHECK_EQ(KERRNO, EINVAL);

    /* Overflow at SEM_VALUE_MAX, values above it refused. */
    CHECK_EQ(koito_test_sem_init(&semaphore, 0, INT_MAX), 0);
    CHECK_EQ(koito_test_sem_post(&semaphore), -1);
    CHECK_EQ(KERRNO, EOVERFLOW);
    CHECK_EQ(koito_test_sem_init(&semaphore, 0, (unsigned)INT_MAX + 1u), -1);
    CHECK_EQ(KERRNO, EINVAL);
    /* No process-shared or named semaphores. */
    CHECK_EQ(koito_test_sem_init(&semaphore, 1, 0), -1);
    CHECK_EQ(KERRNO, ENOSYS);
    CHECK(koito_test_sem_open("/name", 0) == NULL);
    CHECK_EQ(KERRNO, ENOSYS);
    CHECK_EQ(koito_test_sem_unlink("/name"), -1);
    CHECK_EQ(KERRNO, ENOSYS);

    /* A sleeping waiter wakes on a post; destroying while it sleeps is
     * refused. */
    CHECK_EQ(koito_test_sem_init(&sem_gate, 0, 0), 0);
    kthread_t waiter;
    CHECK_EQ(koito_test_pthread_create(&waiter, NULL, sem_gate_waiter, NULL), 0);
    while (__atomic_load_n(&sem_gate.waiters, __ATOMIC_ACQUIRE) == 0)
        usleep(1000);
    CHECK_EQ(koito_test_sem_destroy(&sem_gate), -1);
    CHECK_EQ(KERRNO, EBUSY);
    CHECK_EQ(koito_test_sem_post(&sem_gate), 0);
    void *result = (void *)1;
    CHECK_EQ(koito_test_pthread_join(waiter, &result), 0);
    CHECK(result == NULL);
    CHECK_EQ(koito_test_sem_destroy(&sem_gate), 0);
}

int main(void)
{
    test_futex_wait_and_timeout();
    test_futex_wakes_exactly();
    test_mutex_counter();
    test_mutex_kinds();
    test_condition_hand_off();
    test_rwlock();
    test_once_keys_barrier();
    test_join_and_detach();
    test_semaphore_counts();
    test_semaphore_waits_and_errors();
    return check_summary();
}
