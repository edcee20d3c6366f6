/*
 * Taking a recursive lock (libc, locks). The owner field is read without
 * the lock: it equals the caller's identity only if the caller itself stored
 * it, so a stale value written by another thread can never match.
 */
#include "lock.h"
#include "port.h"

void __koito_recursive_lock_take(struct __koito_recursive_lock *lock)
{
    unsigned long self = __koito_thread_self();
    if (__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) == self) {
        lock->depth++;
        return;
    }
    __koito_lock_take(&lock->lock);
    __atomic_store_n(&lock->owner, self, __ATOMIC_RELAXED);
    lock->depth = 1;
}
