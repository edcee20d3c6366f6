/* pthread_equal() (libc, threads). */
#include <pthread.h>

int pthread_equal(pthread_t a, pthread_t b)
{
    return a == b;
}
