/*
 * POSIX threads' internals (libc, internal header of src/thread/).
 *
 * A pthread_t points at the thread's record, which lives in the thread's
 * own memory (the OS port keeps it there, __koito_thread_create), static for
 * the main thread. The record's `life` word is the futex a joiner waits on;
 * the memory goes back to the port when the thread is joined, or, detached,
 * ends:
 *   JOINABLE --exit--> EXITED --join--> REAPED, released by the joiner
 *   JOINABLE --join--> JOINING --exit--> EXITED, released by the joiner
 *   JOINABLE --detach--> DETACHED --exit--> released as the thread ends
 *   EXITED --detach--> REAPED, released by the detacher
 * Thread-specific values carry the generation of the key they were set
 * under, so a deleted and re-created key never shows a stale value.
 */
#ifndef KOITO_LIBC_INTERNAL_THREAD_IMPL_H
#define KOITO_LIBC_INTERNAL_THREAD_IMPL_H

#include "libc.h"
#include "lock.h"
#include <pthread.h>

enum __koito_thread_life {
    __KOITO_THREAD_JOINABLE = 0,
    __KOITO_THREAD_DETACHED = 1,
    __KOITO_THREAD_EXITED = 2,
    __KOITO_THREAD_JOINING = 3,
    __KOITO_THREAD_REAPED = 4,
};

struct __koito_thread_value {
    void *value;
    unsigned generation;
};

struct __koito_pthread {
    void *(*start)(void *);
    int (*c11_start)(void *); /* thrd_create's start, used instead of start when set */
    void *argument;
    void *result;
    volatile int life; /* enum __koito_thread_life; the futex pthread_join waits on */
    struct __koito_cleanup *cleanup;
    struct __koito_thread_value values[PTHREAD_KEYS_MAX];
};

/* The calling thread's record; NULL in the main thread (whose record is
 * __koito_main_thread). */
extern _Thread_local struct __koito_pthread *__koito_thread_current __KOITO_HIDDEN;
extern struct __koito_pthread __koito_main_thread __KOITO_HIDDEN;
/* Threads that have not ended; the last to end exits the process. */
extern int __koito_threads_alive __KOITO_HIDDEN;

/* The registered keys: a generation (odd while the key exists) and a destructor. */
struct __koito_key {
    volatile unsigned generation;
    void (*volatile destructor)(void *);
};
extern struct __koito_key __koito_keys[PTHREAD_KEYS_MAX] __KOITO_HIDDEN;
extern struct __koito_lock __koito_keys_lock __KOITO_HIDDEN;

/* pthread_create and thrd_create: start `start` or `c11_start`. */
__KOITO_HIDDEN int __koito_thread_spawn(pthread_t *thread, const pthread_attr_t *attributes,
                                        void *(*start)(void *), int (*c11_start)(void *),
                                        void *argument);
/* Runs the thread's key destructors (pthread_exit). */
__KOITO_HIDDEN void __koito_thread_run_destructors(struct __koito_pthread *thread);

/* The monotonic-clock deadline in nanoseconds for an absolute time on
 * `clock` (CLOCK_REALTIME or CLOCK_MONOTONIC): 0 on success with *deadline
 * set (1 when the time has passed), else EINVAL. A CLOCK_REALTIME time is
 * measured on the monotonic clock while the OS port cannot tell the
 * calendar time. */
__KOITO_HIDDEN int __koito_deadline(clockid_t clock, const struct timespec *time,
                                    unsigned long long *deadline);

/* Takes a mutex, waiting at most until `deadline` (0: forever): 0,
 * ETIMEDOUT, EDEADLK or EAGAIN. */
__KOITO_HIDDEN int __koito_mutex_lock_until(pthread_mutex_t *mutex, unsigned long long deadline);
/* Takes the mutex word for a thread that may have waiters behind it (after
 * a condition wait): marks it contended so that its release wakes them. */
__KOITO_HIDDEN void __koito_mutex_word_take_contended(volatile int *word);

/* pthread_cond_wait with a deadline (0: none). */
__KOITO_HIDDEN int __koito_cond_wait_until(pthread_cond_t *condition, pthread_mutex_t *mutex,
                                           unsigned long long deadline);

/* The internal lock word of a read-write lock or barrier, as a libc lock. */
static inline struct __koito_lock *__koito_lock_of(volatile int *word)
{
    return (struct __koito_lock *)(void *)word;
}

/* The rwlock's two waits with a deadline (0: none). */
__KOITO_HIDDEN int __koito_rwlock_read_until(pthread_rwlock_t *lock, unsigned long long deadline);
__KOITO_HIDDEN int __koito_rwlock_write_until(pthread_rwlock_t *lock, unsigned long long deadline);

#endif
