/*
 * Waking lock waiters (libc, OS port). Interim version: waiters in
 * __koito_futex_wait() yield and recheck by themselves, so there is no one
 * to signal yet; the notification-based version will wake `count` of them.
 */
#include "port.h"

void __koito_futex_wake(volatile int *word, int count)
{
    (void)word;
    (void)count;
}
