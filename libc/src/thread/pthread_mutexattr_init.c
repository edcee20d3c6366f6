/* pthread_mutexattr_init() (libc, threads). */
#include <pthread.h>

int pthread_mutexattr_init(pthread_mutexattr_t *attributes)
{
    attributes->__type = PTHREAD_MUTEX_DEFAULT;
    return 0;
}
