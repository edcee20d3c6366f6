/* Releasing a recursive lock, once per take (libc, locks). */
#include "lock.h"

void __koito_recursive_lock_release(struct __koito_recursive_lock *lock)
{
    if (--lock->depth == 0) {
        __atomic_store_n(&lock->owner, 0, __ATOMIC_RELAXED);
        __koito_lock_release(&lock->lock);
    }
}
