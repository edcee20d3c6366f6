/* pthread_spin_lock() (libc, threads): spins with pause; after a while it
 * also yields, since the holder may be a preempted thread of the same
 * priority that can only release once it runs. */
#include "port.h"
#include <pthread.h>

#define SPINS 1000

int pthread_spin_lock(pthread_spinlock_t *lock)
{
    for (int spins = 0; __atomic_exchange_n(lock, 1, __ATOMIC_ACQUIRE) != 0;) {
        while (__atomic_load_n(lock, __ATOMIC_RELAXED) != 0) {
            __builtin_ia32_pause();
            if (++spins == SPINS) {
                spins = 0;
                __koito_yield();
            }
        }
    }
    return 0;
}
