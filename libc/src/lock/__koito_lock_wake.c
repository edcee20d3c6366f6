/* Waking a waiter of the internal lock after a contended release (libc, locks). */
#include "futex.h"
#include "lock.h"

void __koito_lock_wake(struct __koito_lock *lock)
{
    __koito_futex_wake(&lock->word, 1);
}
