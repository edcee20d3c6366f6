/* pthread_barrier_init() (libc, threads): EINVAL for a count of 0. */
#include <errno.h>
#include <pthread.h>

int pthread_barrier_init(pthread_barrier_t *restrict barrier,
                         const pthread_barrierattr_t *restrict attributes, unsigned count)
{
    (void)attributes;
    if (count == 0)
        return EINVAL;
    barrier->__lock = 0;
    barrier->__count = count;
    barrier->__arrived = 0;
    barrier->__generation = 0;
    barrier->__inside = 0;
    return 0;
}
