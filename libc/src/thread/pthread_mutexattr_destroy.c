/* pthread_mutexattr_destroy() (libc, threads). */
#include <pthread.h>

int pthread_mutexattr_destroy(pthread_mutexattr_t *attributes)
{
    (void)attributes;
    return 0;
}
