/* pthread_mutex_trylock() (libc, threads): EBUSY when another thread holds
 * the mutex, or the caller holds a non-recursive one. */
#include "thread_impl.h"
#include <errno.h>
#include <limits.h>

int pthread_mutex_trylock(pthread_mutex_t *mutex)
{
    pthread_t self = pthread_self();
    if (mutex->__type == PTHREAD_MUTEX_RECURSIVE && mutex->__owner == self) {
        if (mutex->__depth == UINT_MAX)
            return EAGAIN;
        mutex->__depth++;
        return 0;
    }
    int expected = 0;
    if (!__atomic_compare_exchange_n(&mutex->__lock, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                     __ATOMIC_RELAXED))
        return EBUSY;
    if (mutex->__type != PTHREAD_MUTEX_NORMAL) {
        mutex->__owner = self;
        mutex->__depth = 1;
    }
    return 0;
}
