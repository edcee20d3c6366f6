/* pthread_spin_unlock() (libc, threads). */
#include <pthread.h>

int pthread_spin_unlock(pthread_spinlock_t *lock)
{
    __atomic_store_n(lock, 0, __ATOMIC_RELEASE);
    return 0;
}
