/* sem_post() (libc, threads): raise the count, then wake one sleeper if
 * any announced itself (see __koito_sem_wait_until.c for the ordering). */
#include "futex.h"
#include <errno.h>
#include <limits.h>
#include <semaphore.h>

int sem_post(sem_t *semaphore)
{
    int value = __atomic_load_n(&semaphore->__value, __ATOMIC_RELAXED);
    do {
        if (value == SEM_VALUE_MAX) {
            errno = EOVERFLOW;
            return -1;
        }
    } while (!__atomic_compare_exchange_n(&semaphore->__value, &value, value + 1, 1,
                                          __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
    if (__atomic_load_n(&semaphore->__waiters, __ATOMIC_SEQ_CST) != 0)
        __koito_futex_wake(&semaphore->__value, 1);
    return 0;
}
