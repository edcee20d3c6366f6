/* pthread_barrierattr_destroy() (libc, threads). */
#include <pthread.h>

int pthread_barrierattr_destroy(pthread_barrierattr_t *attributes)
{
    (void)attributes;
    return 0;
}
