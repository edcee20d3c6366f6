/*
 * pthread_rwlock_unlock() (libc, threads): EPERM when the caller holds the
 * lock in neither mode (as far as can be told: readers are only counted).
 * The last holder out hands the lock to one waiting writer, or else a
 * writer's release lets every waiting reader in.
 */
#include "futex.h"
#include "thread_impl.h"
#include <errno.h>
#include <limits.h>

int pthread_rwlock_unlock(pthread_rwlock_t *lock)
{
    struct __koito_lock *guard = __koito_lock_of(&lock->__lock);
    __koito_lock_take(guard);
    int was_writer = lock->__writer;
    if (was_writer) {
        if (lock->__owner != pthread_self()) {
            __koito_lock_release(guard);
            return EPERM;
        }
        lock->__writer = 0;
        lock->__owner = 0;
    } else if (lock->__readers > 0) {
        lock->__readers--;
    } else {
        __koito_lock_release(guard);
        return EPERM;
    }
    if (lock->__readers == 0 && lock->__waiting_writers != 0) {
        lock->__write_sequence++;
        __koito_futex_wake(&lock->__write_sequence, 1);
    } else if (was_writer && lock->__waiting_writers == 0) {
        lock->__read_sequence++;
        __koito_futex_wake(&lock->__read_sequence, INT_MAX);
    }
    __koito_lock_release(guard);
    return 0;
}
