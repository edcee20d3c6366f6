/* pthread_mutexattr_gettype() (libc, threads). */
#include <pthread.h>

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict attributes, int *restrict type)
{
    *type = attributes->__type;
    return 0;
}
