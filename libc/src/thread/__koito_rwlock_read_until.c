/*
 * Taking a read-write lock for reading (libc, threads). The lock's fields
 * are guarded by its internal lock word; waiters sleep on the read or write
 * sequence word, which unlock bumps before it wakes them. Writers are
 * preferred: a reader waits while a writer holds the lock or waits for it,
 * so a stream of readers cannot starve writers. EDEADLK when the caller
 * holds it for writing.
 */
#include "futex.h"
#include "thread_impl.h"
#include <errno.h>

int __koito_rwlock_read_until(pthread_rwlock_t *lock, unsigned long long deadline)
{
    struct __koito_lock *guard = __koito_lock_of(&lock->__lock);
    __koito_lock_take(guard);
    if (lock->__writer && lock->__owner == pthread_self()) {
        __koito_lock_release(guard);
        return EDEADLK;
    }
    while (lock->__writer || lock->__waiting_writers != 0) {
        int sequence = lock->__read_sequence;
        __koito_lock_release(guard);
        int waited = __koito_futex_wait_until(&lock->__read_sequence, sequence, deadline);
        __koito_lock_take(guard);
        if (waited == -ETIMEDOUT && (lock->__writer || lock->__waiting_writers != 0)) {
            __koito_lock_release(guard);
            return ETIMEDOUT;
        }
    }
    lock->__readers++;
    __koito_lock_release(guard);
    return 0;
}
