/* sem_clockwait() (libc, threads): a wait until an absolute time on
 * CLOCK_REALTIME or CLOCK_MONOTONIC. As POSIX asks, a semaphore that can be
 * taken at once is taken even when the time is invalid or has passed. */
#include "semaphore_impl.h"
#include "thread_impl.h"
#include <errno.h>

int sem_clockwait(sem_t *restrict semaphore, clockid_t clock, const struct timespec *restrict time)
{
    if (__koito_sem_take(semaphore))
        return 0;
    unsigned long long deadline = 0;
    int error = __koito_deadline(clock, time, &deadline);
    if (error == 0)
        error = __koito_sem_wait_until(semaphore, deadline);
    if (error == 0)
        return 0;
    errno = error;
    return -1;
}
