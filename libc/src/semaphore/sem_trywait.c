/* sem_trywait() (libc, threads). */
#include "semaphore_impl.h"
#include <errno.h>

int sem_trywait(sem_t *semaphore)
{
    if (__koito_sem_take(semaphore))
        return 0;
    errno = EAGAIN;
    return -1;
}
