/*
 * Conformance (POSIX mutexes): the normal type (trylock's EBUSY, from another thread too),
 * recursive (locked again by its owner, trylock succeeding for the owner and EBUSY for others,
 * free only after as many unlocks), error-checking (EDEADLK for a relock, EPERM for an unlock
 * by a thread that does not own it or of an unlocked mutex), the attribute's type and its
 * EINVAL, timedlock's ETIMEDOUT, and mutual exclusion under contention.
 */
#include "check.h"

#include <errno.h>
#include <pthread.h>
#include <time.h>

static pthread_mutex_t *shared_mutex;

static void *try_from_other(void *argument)
{
    (void)argument;
    return (void *)(long)pthread_mutex_trylock(shared_mutex);
}

static void *unlock_from_other(void *argument)
{
    (void)argument;
    return (void *)(long)pthread_mutex_unlock(shared_mutex);
}

static void *lock_and_release(void *argument)
{
    (void)argument;
    int locked = pthread_mutex_lock(shared_mutex);
    if (locked == 0)
        pthread_mutex_unlock(shared_mutex);
    return (void *)(long)locked;
}

/* Runs body in a new thread and gives what it returned. */
static long in_other_thread(void *(*body)(void *))
{
    pthread_t thread;
    void *result = (void *)-1L;
    CHECK_EQ(pthread_create(&thread, NULL, body, NULL), 0);
    CHECK_EQ(pthread_join(thread, &result), 0);
    return (long)result;
}

static void make_mutex(pthread_mutex_t *mutex, int type)
{
    pthread_mutexattr_t attributes;
    CHECK_EQ(pthread_mutexattr_init(&attributes), 0);
    CHECK_EQ(pthread_mutexattr_settype(&attributes, type), 0);
    int got = -1;
    CHECK_EQ(pthread_mutexattr_gettype(&attributes, &got), 0);
    CHECK_EQ(got, type);
    CHECK_EQ(pthread_mutex_init(mutex, &attributes), 0);
    CHECK_EQ(pthread_mutexattr_destroy(&attributes), 0);
    shared_mutex = mutex;
}

static void test_normal(void)
{
    pthread_mutex_t mutex;
    make_mutex(&mutex, PTHREAD_MUTEX_NORMAL);
    CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    CHECK_EQ(pthread_mutex_trylock(&mutex), EBUSY);
    CHECK_EQ(in_other_thread(try_from_other), EBUSY);
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(in_other_thread(lock_and_release), 0);
    CHECK_EQ(pthread_mutex_trylock(&mutex), 0);
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(pthread_mutex_destroy(&mutex), 0);

    pthread_mutex_t statically = PTHREAD_MUTEX_INITIALIZER;
    CHECK_EQ(pthread_mutex_lock(&statically), 0);
    CHECK_EQ(pthread_mutex_trylock(&statically), EBUSY);
    CHECK_EQ(pthread_mutex_unlock(&statically), 0);
    pthread_mutexattr_t attributes;
    CHECK_EQ(pthread_mutexattr_init(&attributes), 0);
    int type = -1;
    CHECK_EQ(pthread_mutexattr_gettype(&attributes, &type), 0);
    CHECK_EQ(type, PTHREAD_MUTEX_DEFAULT);
    CHECK_EQ(pthread_mutexattr_settype(&attributes, 12345), EINVAL);
    CHECK_EQ(pthread_mutexattr_destroy(&attributes), 0);
}

static void test_recursive(void)
{
    pthread_mutex_t mutex;
    make_mutex(&mutex, PTHREAD_MUTEX_RECURSIVE);
    CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    CHECK_EQ(pthread_mutex_trylock(&mutex), 0); /* the owner may */
    CHECK_EQ(in_other_thread(try_from_other), EBUSY);
    CHECK_EQ(in_other_thread(unlock_from_other), EPERM);
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(in_other_thread(try_from_other), EBUSY); /* one lock left */
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(pthread_mutex_unlock(&mutex), EPERM); /* no more to release */
    CHECK_EQ(in_other_thread(lock_and_release), 0);
    CHECK_EQ(pthread_mutex_destroy(&mutex), 0);
}

static void test_errorcheck(void)
{
    pthread_mutex_t mutex;
    make_mutex(&mutex, PTHREAD_MUTEX_ERRORCHECK);
    CHECK_EQ(pthread_mutex_unlock(&mutex), EPERM); /* not locked */
    CHECK_EQ(pthread_mutex_lock(&mutex), 0);
    CHECK_EQ(pthread_mutex_lock(&mutex), EDEADLK);
    CHECK_EQ(pthread_mutex_trylock(&mutex), EBUSY);
    CHECK_EQ(in_other_thread(unlock_from_other), EPERM);
    CHECK_EQ(in_other_thread(try_from_other), EBUSY);
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(pthread_mutex_unlock(&mutex), EPERM);
    CHECK_EQ(in_other_thread(lock_and_release), 0);
    CHECK_EQ(pthread_mutex_destroy(&mutex), 0);
}

static void test_timedlock(void)
{
    pthread_mutex_t mutex;
    make_mutex(&mutex, PTHREAD_MUTEX_NORMAL);
    struct timespec deadline;
    CHECK_EQ(clock_gettime(CLOCK_REALTIME, &deadline), 0);
    deadline.tv_sec += 5;
    CHECK_EQ(pthread_mutex_timedlock(&mutex, &deadline), 0); /* free: taken at once */
    struct timespec start, end;
    CHECK_EQ(clock_gettime(CLOCK_REALTIME, &start), 0);
    deadline = start;
    deadline.tv_nsec += 30 * 1000000;
    if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_nsec -= 1000000000;
        deadline.tv_sec++;
    }
    CHECK_EQ(pthread_mutex_timedlock(&mutex, &deadline), ETIMEDOUT);
    CHECK_EQ(clock_gettime(CLOCK_REALTIME, &end), 0);
    CHECK((end.tv_sec - start.tv_sec) * 1000000000LL + end.tv_nsec - start.tv_nsec >=
          25 * 1000000LL);
    CHECK_EQ(pthread_mutex_unlock(&mutex), 0);
    CHECK_EQ(pthread_mutex_destroy(&mutex), 0);
}

#define CONTENDERS 6
static pthread_mutex_t contended = PTHREAD_MUTEX_INITIALIZER;
static volatile int inside;
static volatile int overlaps;

static void *contend(void *argument)
{
    (void)argument;
    for (int i = 0; i < 5000; i++) {
        pthread_mutex_lock(&contended);
        overlaps += inside != 0;
        inside = 1;
        for (volatile int spin = 0; spin < 20; spin++)
            continue;
        inside = 0;
        pthread_mutex_unlock(&contended);
    }
    return NULL;
}

static void test_contention(void)
{
    pthread_t threads[CONTENDERS];
    for (int i = 0; i < CONTENDERS; i++)
        CHECK_EQ(pthread_create(&threads[i], NULL, contend, NULL), 0);
    for (int i = 0; i < CONTENDERS; i++)
        CHECK_EQ(pthread_join(threads[i], NULL), 0);
    CHECK_EQ(overlaps, 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    test_normal();
    test_recursive();
    test_errorcheck();
    test_timedlock();
    test_contention();
    return check_summary();
}
