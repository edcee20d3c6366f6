/*
 * <pthread.h>: POSIX threads of KOITO-libc (libc, public header).
 *
 * Threads are libkoito's (<koito/thread.h>): each has its own stack, IPC
 * buffer and static TLS block. Mutexes, condition variables, read-write
 * locks, barriers and once-controls are words in user memory: taking a free
 * lock costs one atomic instruction and no kernel call; a thread that must
 * wait sleeps on its notification port through libc's futex (see the
 * manual's libc chapter). Timed waits measure their deadline against the
 * monotonic clock and, because A9N's notification wait has no timeout, poll
 * and yield while they wait. No cancellation, no process-shared objects, no
 * scheduling policies beyond the program's own priority.
 */
#ifndef _PTHREAD_H
#define _PTHREAD_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_struct_timespec
#define __KOITO_NEED_clockid_t
#include <bits/types.h>
#include <sched.h>
#include <time.h>

typedef struct __koito_pthread *pthread_t;
typedef unsigned pthread_key_t;
typedef int pthread_once_t;
typedef volatile int pthread_spinlock_t;

typedef struct {
    size_t __stack_size;
    int __detach_state;
} pthread_attr_t;

/* __lock: 0 free, 1 held, 2 held with waiters. __owner and __depth are kept
 * for recursive and error-checking mutexes only. */
typedef struct {
    volatile int __lock;
    int __type;
    void *__owner;
    unsigned __depth;
} pthread_mutex_t;

typedef struct {
    int __type;
} pthread_mutexattr_t;

/* __sequence counts signals; a waiter sleeps while it is unchanged. */
typedef struct {
    volatile int __sequence;
    int __clock;
} pthread_cond_t;

typedef struct {
    int __clock;
} pthread_condattr_t;

typedef struct {
    volatile int __lock;
    int __readers;
    int __writer;
    int __waiting_writers;
    volatile int __read_sequence;
    volatile int __write_sequence;
    void *__owner;
} pthread_rwlock_t;

typedef struct {
    int __shared;
} pthread_rwlockattr_t;

typedef struct {
    volatile int __lock;
    unsigned __count;
    unsigned __arrived;
    volatile int __generation;
    volatile int __inside;
} pthread_barrier_t;

typedef struct {
    int __shared;
} pthread_barrierattr_t;

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

#define PTHREAD_MUTEX_NORMAL     0
#define PTHREAD_MUTEX_RECURSIVE  1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT    PTHREAD_MUTEX_NORMAL

#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED  1

#define PTHREAD_SCOPE_SYSTEM  0
#define PTHREAD_SCOPE_PROCESS 1

#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

#define PTHREAD_KEYS_MAX              128
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN             16384

#define PTHREAD_ONCE_INIT 0
#define PTHREAD_MUTEX_INITIALIZER                                                                  \
    {                                                                                              \
        0, PTHREAD_MUTEX_NORMAL, 0, 0                                                              \
    }
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP                                                     \
    {                                                                                              \
        0, PTHREAD_MUTEX_RECURSIVE, 0, 0                                                           \
    }
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP                                                    \
    {                                                                                              \
        0, PTHREAD_MUTEX_ERRORCHECK, 0, 0                                                          \
    }
#define PTHREAD_COND_INITIALIZER                                                                   \
    {                                                                                              \
        0, CLOCK_REALTIME                                                                          \
    }
#define PTHREAD_RWLOCK_INITIALIZER                                                                 \
    {                                                                                              \
        0, 0, 0, 0, 0, 0, 0                                                                        \
    }

int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attributes,
                   void *(*start)(void *), void *restrict argument);
int pthread_join(pthread_t thread, void **result);
int pthread_detach(pthread_t thread);
_Noreturn void pthread_exit(void *result);
pthread_t pthread_self(void);
int pthread_equal(pthread_t a, pthread_t b);

int pthread_attr_init(pthread_attr_t *attributes);
int pthread_attr_destroy(pthread_attr_t *attributes);
int pthread_attr_setdetachstate(pthread_attr_t *attributes, int state);
int pthread_attr_getdetachstate(const pthread_attr_t *attributes, int *state);
int pthread_attr_setstacksize(pthread_attr_t *attributes, size_t size);
int pthread_attr_getstacksize(const pthread_attr_t *restrict attributes, size_t *restrict size);

int pthread_mutex_init(pthread_mutex_t *restrict mutex,
                       const pthread_mutexattr_t *restrict attributes);
int pthread_mutex_destroy(pthread_mutex_t *mutex);
int pthread_mutex_lock(pthread_mutex_t *mutex);
int pthread_mutex_trylock(pthread_mutex_t *mutex);
int pthread_mutex_timedlock(pthread_mutex_t *restrict mutex,
                            const struct timespec *restrict deadline);
int pthread_mutex_clocklock(pthread_mutex_t *restrict mutex, clockid_t clock,
                            const struct timespec *restrict deadline);
int pthread_mutex_unlock(pthread_mutex_t *mutex);
int pthread_mutexattr_init(pthread_mutexattr_t *attributes);
int pthread_mutexattr_destroy(pthread_mutexattr_t *attributes);
int pthread_mutexattr_settype(pthread_mutexattr_t *attributes, int type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict attributes, int *restrict type);

int pthread_cond_init(pthread_cond_t *restrict condition,
                      const pthread_condattr_t *restrict attributes);
int pthread_cond_destroy(pthread_cond_t *condition);
int pthread_cond_wait(pthread_cond_t *restrict condition, pthread_mutex_t *restrict mutex);
int pthread_cond_timedwait(pthread_cond_t *restrict condition, pthread_mutex_t *restrict mutex,
                           const struct timespec *restrict deadline);
int pthread_cond_clockwait(pthread_cond_t *restrict condition, pthread_mutex_t *restrict mutex,
                           clockid_t clock, const struct timespec *restrict deadline);
int pthread_cond_signal(pthread_cond_t *condition);
int pthread_cond_broadcast(pthread_cond_t *condition);
int pthread_condattr_init(pthread_condattr_t *attributes);
int pthread_condattr_destroy(pthread_condattr_t *attributes);
int pthread_condattr_setclock(pthread_condattr_t *attributes, clockid_t clock);
int pthread_condattr_getclock(const pthread_condattr_t *restrict attributes,
                              clockid_t *restrict clock);

int pthread_rwlock_init(pthread_rwlock_t *restrict lock,
                        const pthread_rwlockattr_t *restrict attributes);
int pthread_rwlock_destroy(pthread_rwlock_t *lock);
int pthread_rwlock_rdlock(pthread_rwlock_t *lock);
int pthread_rwlock_wrlock(pthread_rwlock_t *lock);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *lock);
int pthread_rwlock_trywrlock(pthread_rwlock_t *lock);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict lock,
                               const struct timespec *restrict deadline);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict lock,
                               const struct timespec *restrict deadline);
int pthread_rwlock_unlock(pthread_rwlock_t *lock);
int pthread_rwlockattr_init(pthread_rwlockattr_t *attributes);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attributes);

int pthread_once(pthread_once_t *once, void (*routine)(void));

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t key);
void *pthread_getspecific(pthread_key_t key);
int pthread_setspecific(pthread_key_t key, const void *value);

int pthread_barrier_init(pthread_barrier_t *restrict barrier,
                         const pthread_barrierattr_t *restrict attributes, unsigned count);
int pthread_barrier_destroy(pthread_barrier_t *barrier);
int pthread_barrier_wait(pthread_barrier_t *barrier);
int pthread_barrierattr_init(pthread_barrierattr_t *attributes);
int pthread_barrierattr_destroy(pthread_barrierattr_t *attributes);

int pthread_spin_init(pthread_spinlock_t *lock, int shared);
int pthread_spin_destroy(pthread_spinlock_t *lock);
int pthread_spin_lock(pthread_spinlock_t *lock);
int pthread_spin_trylock(pthread_spinlock_t *lock);
int pthread_spin_unlock(pthread_spinlock_t *lock);

/* Cleanup handlers, run by pthread_exit (and by pthread_cleanup_pop(1)). */
struct __koito_cleanup {
    void (*__routine)(void *);
    void *__argument;
    struct __koito_cleanup *__next;
};
void __koito_cleanup_push(struct __koito_cleanup *cleanup);
void __koito_cleanup_pop(struct __koito_cleanup *cleanup, int execute);
#define pthread_cleanup_push(routine, argument)                                                    \
    do {                                                                                           \
        struct __koito_cleanup __koito_cleanup_frame = {(routine), (argument), 0};                 \
        __koito_cleanup_push(&__koito_cleanup_frame);
#define pthread_cleanup_pop(execute)                                                               \
    __koito_cleanup_pop(&__koito_cleanup_frame, (execute));                                        \
    }                                                                                              \
    while (0)

#endif
