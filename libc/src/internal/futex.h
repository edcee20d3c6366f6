/*
 * Futexes of KOITO-libc (libc, internal header): wait while a word holds a
 * value, wake waiters of a word. The kernel knows nothing of them: waiters
 * sit in a queue per address, hashed into a fixed table in the process
 * (src/thread/__koito_futex.c), and sleep on their own wake-up object
 * through the port's __koito_park; a waker takes them off the queue and
 * unparks exactly as many as it was asked to.
 */
#ifndef KOITO_LIBC_INTERNAL_FUTEX_H
#define KOITO_LIBC_INTERNAL_FUTEX_H

#include "libc.h"

/* Waits while *word == expected, until woken through the same address or
 * until the monotonic clock reaches `deadline` nanoseconds (0: never).
 * Returns 0 when woken or when *word already differed (and perhaps
 * spuriously: callers recheck their condition), -ETIMEDOUT at the deadline. */
__KOITO_HIDDEN int __koito_futex_wait_until(volatile int *word, int expected,
                                            unsigned long long deadline);

static inline int __koito_futex_wait(volatile int *word, int expected)
{
    return __koito_futex_wait_until(word, expected, 0);
}

/* Wakes up to `count` threads waiting on `word`, oldest first; returns how
 * many it woke. */
__KOITO_HIDDEN int __koito_futex_wake(volatile int *word, int count);

#endif
