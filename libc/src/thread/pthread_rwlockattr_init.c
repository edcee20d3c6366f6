/* pthread_rwlockattr_init() (libc, threads). */
#include <pthread.h>

int pthread_rwlockattr_init(pthread_rwlockattr_t *attributes)
{
    attributes->__shared = PTHREAD_PROCESS_PRIVATE;
    return 0;
}
