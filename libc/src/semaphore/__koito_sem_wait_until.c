/*
 * The waiting path of a semaphore (libc, threads; see semaphore_impl.h).
 *
 * A waiter announces itself in __waiters before it sleeps on the count
 * while it is zero; sem_post raises the count before it looks at
 * __waiters. Both steps are sequentially consistent, so either the poster
 * sees the waiter and wakes it, or the waiter's futex sees the raised count
 * and does not sleep: no post is lost.
 */
#include "futex.h"
#include "semaphore_impl.h"
#include <errno.h>

int __koito_sem_wait_until(sem_t *semaphore, unsigned long long deadline)
{
    for (;;) {
        if (__koito_sem_take(semaphore))
            return 0;
        __atomic_add_fetch(&semaphore->__waiters, 1, __ATOMIC_SEQ_CST);
        int slept = 0;
        if (__atomic_load_n(&semaphore->__value, __ATOMIC_SEQ_CST) == 0)
            slept = __koito_futex_wait_until(&semaphore->__value, 0, deadline);
        __atomic_sub_fetch(&semaphore->__waiters, 1, __ATOMIC_SEQ_CST);
        /* A post that came with the deadline still counts. */
        if (slept == -ETIMEDOUT)
            return __koito_sem_take(semaphore) ? 0 : ETIMEDOUT;
    }
}
