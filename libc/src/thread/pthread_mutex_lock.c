/* pthread_mutex_lock() (libc, threads): a free normal mutex is one
 * compare-exchange; everything else takes the general path. */
#include "thread_impl.h"

int pthread_mutex_lock(pthread_mutex_t *mutex)
{
    int expected = 0;
    if (__builtin_expect(mutex->__type == PTHREAD_MUTEX_NORMAL, 1) &&
        __atomic_compare_exchange_n(&mutex->__lock, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                    __ATOMIC_RELAXED))
        return 0;
    return __koito_mutex_lock_until(mutex, 0);
}
