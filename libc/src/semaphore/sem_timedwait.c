/* sem_timedwait() (libc, threads): a wait until an absolute CLOCK_REALTIME
 * time. */
#include <semaphore.h>
#include <time.h>

int sem_timedwait(sem_t *restrict semaphore, const struct timespec *restrict time)
{
    return sem_clockwait(semaphore, CLOCK_REALTIME, time);
}
