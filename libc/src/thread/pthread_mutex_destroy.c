/* pthread_mutex_destroy() (libc, threads): EBUSY while the mutex is held. */
#include <errno.h>
#include <pthread.h>

int pthread_mutex_destroy(pthread_mutex_t *mutex)
{
    return __atomic_load_n(&mutex->__lock, __ATOMIC_RELAXED) != 0 ? EBUSY : 0;
}
