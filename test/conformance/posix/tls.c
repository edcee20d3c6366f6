/*
 * Conformance (thread-local storage): a _Thread_local variable starts at its initializer in
 * every thread, holds each thread's own value (and address) while all run at once, and errno is
 * per thread: a failing call in one thread leaves another's errno alone.
 */
#include "check.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <unistd.h>

#define THREADS 8

static _Thread_local long counter = 1000;
static _Thread_local char buffer[64];
static _Thread_local int zeroed;

static pthread_barrier_t together;
static uintptr_t addresses[THREADS];

static void *use_storage(void *argument)
{
    uintptr_t index = (uintptr_t)argument;
    int bad = counter != 1000 || zeroed != 0 || buffer[0] != 0;
    addresses[index] = (uintptr_t)&counter;
    pthread_barrier_wait(&together); /* everyone has its value in place at once */
    for (uintptr_t i = 0; i < 1000; i++) {
        counter += (long)index;
        buffer[i % 64] = (char)index;
    }
    zeroed = (int)index;
    pthread_barrier_wait(&together);
    bad |= counter != 1000 + 1000 * (long)index;
    bad |= buffer[0] != (char)index || buffer[63] != (char)index;
    bad |= zeroed != (int)index;
    return (void *)(uintptr_t)bad;
}

static pthread_barrier_t errno_steps;

static void *fail_with_ebadf(void *argument)
{
    (void)argument;
    errno = 0;
    int bad = close(-1) != -1 || errno != EBADF;
    pthread_barrier_wait(&errno_steps); /* the main thread sets its errno now */
    pthread_barrier_wait(&errno_steps);
    bad |= errno != EBADF;
    return (void *)(uintptr_t)bad;
}

static void test_thread_local(void)
{
    counter = 5;
    CHECK_EQ(pthread_barrier_init(&together, NULL, THREADS), 0);
    pthread_t threads[THREADS];
    for (uintptr_t i = 0; i < THREADS; i++)
        CHECK_EQ(pthread_create(&threads[i], NULL, use_storage, (void *)i), 0);
    int bad = 0;
    for (int i = 0; i < THREADS; i++) {
        void *result = (void *)1;
        CHECK_EQ(pthread_join(threads[i], &result), 0);
        bad += result != NULL;
    }
    CHECK_EQ(bad, 0);
    int distinct = 1;
    for (int i = 0; i < THREADS; i++)
        for (int j = i + 1; j < THREADS; j++)
            distinct &= addresses[i] != addresses[j];
    CHECK(distinct);
    CHECK_EQ(counter, 5); /* the main thread's own value is untouched */
    CHECK_EQ(pthread_barrier_destroy(&together), 0);
}

static void test_errno(void)
{
    CHECK_EQ(pthread_barrier_init(&errno_steps, NULL, 2), 0);
    pthread_t thread;
    CHECK_EQ(pthread_create(&thread, NULL, fail_with_ebadf, NULL), 0);
    pthread_barrier_wait(&errno_steps);
    errno = 0;
    CHECK_EQ(lseek(-1, 0, SEEK_SET), -1);
    CHECK_EQ(errno, EBADF);
    errno = ERANGE;
    pthread_barrier_wait(&errno_steps);
    void *result = (void *)1;
    CHECK_EQ(pthread_join(thread, &result), 0);
    CHECK(result == NULL);
    CHECK_EQ(errno, ERANGE);
    CHECK_EQ(pthread_barrier_destroy(&errno_steps), 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    test_thread_local();
    test_errno();
    return check_summary();
}
