/* pthread_barrierattr_init() (libc, threads). */
#include <pthread.h>

int pthread_barrierattr_init(pthread_barrierattr_t *attributes)
{
    attributes->__shared = PTHREAD_PROCESS_PRIVATE;
    return 0;
}
