/*
 * Waiting on a lock word (libc, OS port). Interim version: KOITO has no
 * notification-based wait for libc yet, so a waiter gives up its time slice
 * with the kernel's yield call and lets its caller recheck the word; the
 * thread start-up work replaces this with a wait on a notification.
 */
#include "port.h"
#include <a9n/a9n.h>

int __koito_futex_wait(volatile int *word, int expected)
{
    if (__atomic_load_n(word, __ATOMIC_RELAXED) == expected) {
        a9n_yield();
    }
    return 0;
}
