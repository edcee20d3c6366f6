/* pthread_rwlockattr_destroy() (libc, threads). */
#include <pthread.h>

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attributes)
{
    (void)attributes;
    return 0;
}
