/*
 * Conformance (POSIX threads, <pthread.h>): create and join with the value a thread returns or
 * passes to pthread_exit, pthread_self and pthread_equal, detach (of a running thread; a
 * detached thread still runs to its end), joinable and detached attributes, the errors of join
 * and detach, sched_yield, and many threads incrementing one counter under a mutex.
 */
#include "check.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>

#define THREADS    8
#define INCREMENTS 20000

static pthread_t main_thread;

static void *return_argument(void *argument)
{
    return (void *)((uintptr_t)argument * 2);
}

static void *exit_early(void *argument)
{
    pthread_exit(argument);
}

static void *report_self(void *argument)
{
    pthread_t *where = argument;
    *where = pthread_self();
    return (void *)(uintptr_t)(pthread_equal(pthread_self(), main_thread) ? 1 : 2);
}

static void test_create_join(void)
{
    pthread_t threads[THREADS];
    for (uintptr_t i = 0; i < THREADS; i++)
        CHECK_EQ(pthread_create(&threads[i], NULL, i % 2 ? exit_early : return_argument,
                                (void *)(i + 1)),
                 0);
    int right = 0;
    for (uintptr_t i = 0; i < THREADS; i++) {
        void *result = NULL;
        CHECK_EQ(pthread_join(threads[i], &result), 0);
        right += (uintptr_t)result == (i % 2 ? i + 1 : (i + 1) * 2);
    }
    CHECK_EQ(right, THREADS);
    pthread_t thread;
    CHECK_EQ(pthread_create(&thread, NULL, return_argument, NULL), 0);
    CHECK_EQ(pthread_join(thread, NULL), 0); /* the value may be left */
}

static void test_self_equal(void)
{
    main_thread = pthread_self();
    CHECK(pthread_equal(main_thread, pthread_self()));
    pthread_t seen, thread;
    CHECK_EQ(pthread_create(&thread, NULL, report_self, &seen), 0);
    void *result = NULL;
    CHECK_EQ(pthread_join(thread, &result), 0);
    CHECK_EQ((uintptr_t)result, 2); /* not the main thread */
    CHECK(pthread_equal(seen, thread));
    CHECK(!pthread_equal(seen, main_thread));
    errno = 0;
    CHECK_EQ(pthread_join(pthread_self(), NULL), EDEADLK);
}

static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_condition = PTHREAD_COND_INITIALIZER;
static int detached_done;

static void *finish_detached(void *argument)
{
    (void)argument;
    for (int i = 0; i < 10; i++)
        sched_yield();
    pthread_mutex_lock(&done_lock);
    detached_done++;
    pthread_cond_signal(&done_condition);
    pthread_mutex_unlock(&done_lock);
    return NULL;
}

static void test_detach(void)
{
    pthread_t thread;
    CHECK_EQ(pthread_create(&thread, NULL, finish_detached, NULL), 0);
    CHECK_EQ(pthread_detach(thread), 0);
    pthread_attr_t attributes;
    CHECK_EQ(pthread_attr_init(&attributes), 0);
    int state = -1;
    CHECK_EQ(pthread_attr_getdetachstate(&attributes, &state), 0);
    CHECK_EQ(state, PTHREAD_CREATE_JOINABLE);
    CHECK_EQ(pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED), 0);
    CHECK_EQ(pthread_attr_getdetachstate(&attributes, &state), 0);
    CHECK_EQ(state, PTHREAD_CREATE_DETACHED);
    CHECK_EQ(pthread_attr_setdetachstate(&attributes, 12345), EINVAL);
    for (int i = 0; i < 3; i++)
        CHECK_EQ(pthread_create(&thread, &attributes, finish_detached, NULL), 0);
    CHECK_EQ(pthread_attr_destroy(&attributes), 0);
    pthread_mutex_lock(&done_lock);
    while (detached_done < 4)
        pthread_cond_wait(&done_condition, &done_lock);
    pthread_mutex_unlock(&done_lock);
    CHECK_EQ(detached_done, 4);
}

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *increment(void *argument)
{
    (void)argument;
    for (int i = 0; i < INCREMENTS; i++) {
        pthread_mutex_lock(&counter_lock);
        counter++;
        pthread_mutex_unlock(&counter_lock);
        if (i % 1000 == 0)
            sched_yield();
    }
    return NULL;
}

static void test_counter(void)
{
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++)
        CHECK_EQ(pthread_create(&threads[i], NULL, increment, NULL), 0);
    for (int i = 0; i < THREADS; i++)
        CHECK_EQ(pthread_join(threads[i], NULL), 0);
    CHECK_EQ(counter, (long)THREADS * INCREMENTS);
    CHECK_EQ(sched_yield(), 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    test_self_equal();
    test_create_join();
    test_detach();
    test_counter();
    return check_summary();
}
