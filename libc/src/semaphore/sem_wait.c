/* sem_wait() (libc, threads). */
#include "semaphore_impl.h"

int sem_wait(sem_t *semaphore)
{
    if (__koito_sem_take(semaphore))
        return 0;
    return __koito_sem_wait_until(semaphore, 0);
}
