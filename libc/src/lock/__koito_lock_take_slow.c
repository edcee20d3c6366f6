/*
 * The contended path of the internal lock (libc, locks).
 *
 * A short spin catches the common case of a holder that is about to
 * release. After that the waiter marks the word 2 ("someone waits") with an
 * exchange; if the exchange returned 0 the lock was free and is now held
 * (marked 2, so its release wakes the next waiter, perhaps needlessly but
 * never missing one); otherwise the waiter sleeps in the port until the
 * word changes.
 */
#include "futex.h"
#include "lock.h"

#define SPINS 100

void __koito_lock_take_slow(struct __koito_lock *lock)
{
    for (int i = 0; i < SPINS; i++) {
        if (__atomic_load_n(&lock->word, __ATOMIC_RELAXED) == 0 && __koito_lock_try(lock)) {
            return;
        }
        __builtin_ia32_pause();
    }
    while (__atomic_exchange_n(&lock->word, 2, __ATOMIC_ACQUIRE) != 0) {
        __koito_futex_wait(&lock->word, 2);
    }
}
