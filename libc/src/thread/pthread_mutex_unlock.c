/* pthread_mutex_unlock() (libc, threads): EPERM when a recursive or
 * error-checking mutex is not the caller's; a release that finds waiters
 * (word 2) wakes one. */
#include "futex.h"
#include "thread_impl.h"
#include <errno.h>

int pthread_mutex_unlock(pthread_mutex_t *mutex)
{
    if (mutex->__type != PTHREAD_MUTEX_NORMAL) {
        if (mutex->__owner != pthread_self() || mutex->__depth == 0)
            return EPERM;
        if (--mutex->__depth != 0)
            return 0;
        mutex->__owner = 0;
    }
    if (__builtin_expect(__atomic_exchange_n(&mutex->__lock, 0, __ATOMIC_RELEASE) == 2, 0))
        __koito_futex_wake(&mutex->__lock, 1);
    return 0;
}
