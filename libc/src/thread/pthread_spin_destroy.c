/* pthread_spin_destroy() (libc, threads): EBUSY while held. */
#include <errno.h>
#include <pthread.h>

int pthread_spin_destroy(pthread_spinlock_t *lock)
{
    return __atomic_load_n(lock, __ATOMIC_RELAXED) != 0 ? EBUSY : 0;
}
