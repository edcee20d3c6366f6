/*
 * The general path of taking a mutex (libc, threads): the owner checks of
 * recursive and error-checking mutexes, a short spin, then sleeping on the
 * lock word (0 free, 1 held, 2 held with waiters) until the deadline.
 */
#include "futex.h"
#include "thread_impl.h"
#include <errno.h>
#include <limits.h>

#define SPINS 100

int __koito_mutex_lock_until(pthread_mutex_t *mutex, unsigned long long deadline)
{
    int type = mutex->__type;
    pthread_t self = pthread_self();
    if (type != PTHREAD_MUTEX_NORMAL && mutex->__owner == self) {
        if (type == PTHREAD_MUTEX_ERRORCHECK)
            return EDEADLK;
        if (mutex->__depth == UINT_MAX)
            return EAGAIN;
        mutex->__depth++;
        return 0;
    }
    int expected = 0;
    for (int i = 0; i < SPINS; i++) {
        expected = 0;
        if (__atomic_compare_exchange_n(&mutex->__lock, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            goto taken;
        __builtin_ia32_pause();
    }
    while (__atomic_exchange_n(&mutex->__lock, 2, __ATOMIC_ACQUIRE) != 0) {
        if (__koito_futex_wait_until(&mutex->__lock, 2, deadline) == -ETIMEDOUT)
            return ETIMEDOUT;
    }
taken:
    if (type != PTHREAD_MUTEX_NORMAL) {
        mutex->__owner = self;
        mutex->__depth = 1;
    }
    return 0;
}
