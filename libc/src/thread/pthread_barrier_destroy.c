/* pthread_barrier_destroy() (libc, threads): EBUSY while threads wait at the
 * barrier; otherwise waits for woken threads still leaving pthread_barrier_wait. */
#include "futex.h"
#include "thread_impl.h"
#include <errno.h>

int pthread_barrier_destroy(pthread_barrier_t *barrier)
{
    struct __koito_lock *guard = __koito_lock_of(&barrier->__lock);
    __koito_lock_take(guard);
    unsigned arrived = barrier->__arrived;
    __koito_lock_release(guard);
    if (arrived != 0)
        return EBUSY;
    int inside;
    while ((inside = __atomic_load_n(&barrier->__inside, __ATOMIC_ACQUIRE)) != 0)
        __koito_futex_wait(&barrier->__inside, inside);
    return 0;
}
