/* pthread_mutex_timedlock() (libc, threads): the deadline is on CLOCK_REALTIME. */
#include <pthread.h>

int pthread_mutex_timedlock(pthread_mutex_t *restrict mutex,
                            const struct timespec *restrict deadline)
{
    return pthread_mutex_clocklock(mutex, CLOCK_REALTIME, deadline);
}
