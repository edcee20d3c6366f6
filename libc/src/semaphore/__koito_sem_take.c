/* Taking one from a semaphore's count without waiting (libc, threads; see
 * semaphore_impl.h). */
#include "semaphore_impl.h"

int __koito_sem_take(sem_t *semaphore)
{
    int value = __atomic_load_n(&semaphore->__value, __ATOMIC_RELAXED);
    while (value > 0) {
        if (__atomic_compare_exchange_n(&semaphore->__value, &value, value - 1, 1, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            return 1;
    }
    return 0;
}
