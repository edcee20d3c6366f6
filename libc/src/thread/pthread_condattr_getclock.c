/* pthread_condattr_getclock() (libc, threads). */
#include <pthread.h>

int pthread_condattr_getclock(const pthread_condattr_t *restrict attributes,
                              clockid_t *restrict clock)
{
    *clock = attributes->__clock;
    return 0;
}
