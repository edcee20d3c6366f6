/* pthread_spin_trylock() (libc, threads): EBUSY while held. */
#include <errno.h>
#include <pthread.h>

int pthread_spin_trylock(pthread_spinlock_t *lock)
{
    return __atomic_exchange_n(lock, 1, __ATOMIC_ACQUIRE) != 0 ? EBUSY : 0;
}
