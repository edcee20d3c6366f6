/*
 * Semaphores between threads of one process (libc-threads suite): counts
 * exact between producers and consumers, a bounded buffer whose slots are
 * never over- or under-filled, timed waits against both clocks, and every
 * error sem_* can give.
 */
#include "tests.h"

#include <errno.h>
#include <guest_test.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>

enum { PRODUCERS = 3, CONSUMERS = 3, ITEMS = 2000, SLOTS = 8 };

static sem_t free_slots;
static sem_t full_slots;
static pthread_mutex_t buffer_lock = PTHREAD_MUTEX_INITIALIZER;
static long buffer[SLOTS];
static unsigned buffer_head;
static unsigned buffer_tail;
static long consumed_sum;
static int overfilled;

static void *producer(void *argument)
{
    long base = (long)argument * ITEMS;
    for (long i = 0; i < ITEMS; i++) {
        if (sem_wait(&free_slots) != 0)
            return (void *)1;
        pthread_mutex_lock(&buffer_lock);
        if (buffer_tail - buffer_head >= SLOTS)
            overfilled = 1;
        buffer[buffer_tail++ % SLOTS] = base + i + 1;
        pthread_mutex_unlock(&buffer_lock);
        sem_post(&full_slots);
    }
    return NULL;
}

static void *consumer(void *argument)
{
    (void)argument;
    long sum = 0;
    for (long i = 0; i < ITEMS; i++) {
        if (sem_wait(&full_slots) != 0)
            return (void *)1;
        pthread_mutex_lock(&buffer_lock);
        if (buffer_head == buffer_tail)
            overfilled = 1;
        sum += buffer[buffer_head++ % SLOTS];
        pthread_mutex_unlock(&buffer_lock);
        sem_post(&free_slots);
    }
    pthread_mutex_lock(&buffer_lock);
    consumed_sum += sum;
    pthread_mutex_unlock(&buffer_lock);
    return NULL;
}

void test_semaphore_bounded_buffer(void)
{
    GUEST_CHECK_EQ(sem_init(&free_slots, 0, SLOTS), 0);
    GUEST_CHECK_EQ(sem_init(&full_slots, 0, 0), 0);
    pthread_t threads[PRODUCERS + CONSUMERS];
    for (long i = 0; i < CONSUMERS; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, consumer, NULL), 0);
    for (long i = 0; i < PRODUCERS; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[CONSUMERS + i], NULL, producer, (void *)i), 0);
    for (int i = 0; i < PRODUCERS + CONSUMERS; i++) {
        void *result = (void *)1;
        GUEST_CHECK_EQ(pthread_join(threads[i], &result), 0);
        GUEST_CHECK(result == NULL);
    }
    long items = (long)PRODUCERS * ITEMS;
    GUEST_CHECK_EQ(consumed_sum, items * (items + 1) / 2);
    GUEST_CHECK_EQ(overfilled, 0);
    int value = -1;
    GUEST_CHECK_EQ(sem_getvalue(&free_slots, &value), 0);
    GUEST_CHECK_EQ(value, SLOTS);
    GUEST_CHECK_EQ(sem_getvalue(&full_slots, &value), 0);
    GUEST_CHECK_EQ(value, 0);
    GUEST_CHECK_EQ(sem_destroy(&free_slots), 0);
    GUEST_CHECK_EQ(sem_destroy(&full_slots), 0);
}

static sem_t late_post;

static void *post_later(void *argument)
{
    (void)argument;
    struct timespec pause = {0, 20 * 1000000};
    nanosleep(&pause, NULL);
    return (void *)(long)sem_post(&late_post);
}

void test_semaphore_timed(void)
{
    sem_t empty;
    GUEST_CHECK_EQ(sem_init(&empty, 0, 0), 0);
    struct timespec before;
    clock_gettime(CLOCK_MONOTONIC, &before);
    struct timespec soon = monotonic_in(30);
    GUEST_CHECK_EQ(sem_clockwait(&empty, CLOCK_MONOTONIC, &soon), -1);
    GUEST_CHECK_EQ(errno, ETIMEDOUT);
    struct timespec after;
    clock_gettime(CLOCK_MONOTONIC, &after);
    GUEST_CHECK(after.tv_sec > soon.tv_sec ||
                (after.tv_sec == soon.tv_sec && after.tv_nsec >= soon.tv_nsec));
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    GUEST_CHECK_EQ(sem_timedwait(&empty, &now), -1);
    GUEST_CHECK_EQ(errno, ETIMEDOUT);

    /* A post before the deadline ends the wait with the count taken. */
    GUEST_CHECK_EQ(sem_init(&late_post, 0, 0), 0);
    pthread_t poster;
    GUEST_CHECK_EQ(pthread_create(&poster, NULL, post_later, NULL), 0);
    struct timespec later = monotonic_in(5000);
    GUEST_CHECK_EQ(sem_clockwait(&late_post, CLOCK_MONOTONIC, &later), 0);
    void *result = (void *)1;
    GUEST_CHECK_EQ(pthread_join(poster, &result), 0);
    GUEST_CHECK(result == NULL);
    int value = -1;
    GUEST_CHECK_EQ(sem_getvalue(&late_post, &value), 0);
    GUEST_CHECK_EQ(value, 0);
}

void test_semaphore_errors(void)
{
    sem_t semaphore;
    GUEST_CHECK_EQ(sem_init(&semaphore, 0, 1), 0);
    GUEST_CHECK_EQ(sem_trywait(&semaphore), 0);
    GUEST_CHECK_EQ(sem_trywait(&semaphore), -1);
    GUEST_CHECK_EQ(errno, EAGAIN);
    struct timespec invalid = {0, -1};
    GUEST_CHECK_EQ(sem_timedwait(&semaphore, &invalid), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    struct timespec now = {0, 0};
    GUEST_CHECK_EQ(sem_clockwait(&semaphore, 12345, &now), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    /* With the count above zero, the time is not even looked at. */
    GUEST_CHECK_EQ(sem_post(&semaphore), 0);
    GUEST_CHECK_EQ(sem_timedwait(&semaphore, &invalid), 0);

    GUEST_CHECK_EQ(sem_init(&semaphore, 0, SEM_VALUE_MAX), 0);
    GUEST_CHECK_EQ(sem_post(&semaphore), -1);
    GUEST_CHECK_EQ(errno, EOVERFLOW);
    GUEST_CHECK_EQ(sem_init(&semaphore, 0, (unsigned)SEM_VALUE_MAX + 1u), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(sem_init(&semaphore, 1, 0), -1);
    GUEST_CHECK_EQ(errno, ENOSYS);
    GUEST_CHECK(sem_open("/koito-test", O_CREAT, 0600, 1) == SEM_FAILED);
    GUEST_CHECK_EQ(errno, ENOSYS);
    GUEST_CHECK_EQ(sem_unlink("/koito-test"), -1);
    GUEST_CHECK_EQ(errno, ENOSYS);
    GUEST_CHECK_EQ(sem_close(&semaphore), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
}
