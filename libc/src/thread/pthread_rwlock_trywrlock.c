/* pthread_rwlock_trywrlock() (libc, threads): EBUSY while anyone holds it. */
#include "thread_impl.h"
#include <errno.h>

int pthread_rwlock_trywrlock(pthread_rwlock_t *lock)
{
    struct __koito_lock *guard = __koito_lock_of(&lock->__lock);
    int error = EBUSY;
    __koito_lock_take(guard);
    if (!lock->__writer && lock->__readers == 0) {
        lock->__writer = 1;
        lock->__owner = pthread_self();
        error = 0;
    }
    __koito_lock_release(guard);
    return error;
}
