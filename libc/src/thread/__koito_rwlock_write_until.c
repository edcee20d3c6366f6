/*
 * Taking a read-write lock for writing (libc, threads; see
 * __koito_rwlock_read_until.c). A waiting writer is counted, which holds new
 * readers back; one that gives up at its deadline wakes the readers it held
 * back if it was the last. EDEADLK when the caller already holds it.
 */
#include "futex.h"
#include "thread_impl.h"
#include <errno.h>
#include <limits.h>

int __koito_rwlock_write_until(pthread_rwlock_t *lock, unsigned long long deadline)
{
    struct __koito_lock *guard = __koito_lock_of(&lock->__lock);
    pthread_t self = pthread_self();
    __koito_lock_take(guard);
    if (lock->__writer && lock->__owner == self) {
        __koito_lock_release(guard);
        return EDEADLK;
    }
    lock->__waiting_writers++;
    while (lock->__writer || lock->__readers != 0) {
        int sequence = lock->__write_sequence;
        __koito_lock_release(guard);
        int waited = __koito_futex_wait_until(&lock->__write_sequence, sequence, deadline);
        __koito_lock_take(guard);
        if (waited == -ETIMEDOUT && (lock->__writer || lock->__readers != 0)) {
            if (--lock->__waiting_writers == 0 && !lock->__writer) {
                lock->__read_sequence++;
                __koito_futex_wake(&lock->__read_sequence, INT_MAX);
            }
            __koito_lock_release(guard);
            return ETIMEDOUT;
        }
    }
    lock->__waiting_writers--;
    lock->__writer = 1;
    lock->__owner = self;
    __koito_lock_release(guard);
    return 0;
}
