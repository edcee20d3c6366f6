/* Trying a recursive lock without waiting (libc, locks). */
#include "lock.h"
#include "port.h"

int __koito_recursive_lock_try(struct __koito_recursive_lock *lock)
{
    unsigned long self = __koito_thread_self();
    if (__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) == self) {
        lock->depth++;
        return 1;
    }
    if (!__koito_lock_try(&lock->lock)) {
        return 0;
    }
    __atomic_store_n(&lock->owner, self, __ATOMIC_RELAXED);
    lock->depth = 1;
    return 1;
}
