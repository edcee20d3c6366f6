/* pthread_condattr_setclock() (libc, threads): EINVAL for a clock other than
 * CLOCK_REALTIME and CLOCK_MONOTONIC. */
#include <errno.h>
#include <pthread.h>

int pthread_condattr_setclock(pthread_condattr_t *attributes, clockid_t clock)
{
    if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
        return EINVAL;
    attributes->__clock = clock;
    return 0;
}
