/* pthread_condattr_init() (libc, threads): CLOCK_REALTIME, as POSIX says. */
#include <pthread.h>

int pthread_condattr_init(pthread_condattr_t *attributes)
{
    attributes->__clock = CLOCK_REALTIME;
    return 0;
}
