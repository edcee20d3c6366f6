/* pthread_rwlock_tryrdlock() (libc, threads): EBUSY while a writer holds or awaits it. */
#include "thread_impl.h"
#include <errno.h>

int pthread_rwlock_tryrdlock(pthread_rwlock_t *lock)
{
    struct __koito_lock *guard = __koito_lock_of(&lock->__lock);
    int error = EBUSY;
    __koito_lock_take(guard);
    if (!lock->__writer && lock->__waiting_writers == 0) {
        lock->__readers++;
        error = 0;
    }
    __koito_lock_release(guard);
    return error;
}
