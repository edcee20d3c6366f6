/* pthread_mutex_init() (libc, threads). */
#include <pthread.h>

int pthread_mutex_init(pthread_mutex_t *restrict mutex,
                       const pthread_mutexattr_t *restrict attributes)
{
    mutex->__lock = 0;
    mutex->__type = attributes != NULL ? attributes->__type : PTHREAD_MUTEX_DEFAULT;
    mutex->__owner = 0;
    mutex->__depth = 0;
    return 0;
}
