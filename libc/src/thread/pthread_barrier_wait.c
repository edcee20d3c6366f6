/*
 * pthread_barrier_wait() (libc, threads). The last of `count` threads to
 * arrive starts a new generation and wakes the others, which sleep while
 * the generation word is unchanged; it returns
 * PTHREAD_BARRIER_SERIAL_THREAD, the others 0. `inside` counts threads still
 * in the call, so pthread_barrier_destroy can wait until the barrier's
 * memory is no longer touched.
 */
#include "futex.h"
#include "thread_impl.h"
#include <limits.h>

int pthread_barrier_wait(pthread_barrier_t *barrier)
{
    struct __koito_lock *guard = __koito_lock_of(&barrier->__lock);
    __atomic_add_fetch(&barrier->__inside, 1, __ATOMIC_ACQ_REL);
    __koito_lock_take(guard);
    int result = 0;
    if (++barrier->__arrived == barrier->__count) {
        barrier->__arrived = 0;
        __atomic_add_fetch(&barrier->__generation, 1, __ATOMIC_RELEASE);
        __koito_futex_wake(&barrier->__generation, INT_MAX);
        result = PTHREAD_BARRIER_SERIAL_THREAD;
        __koito_lock_release(guard);
    } else {
        int generation = barrier->__generation;
        __koito_lock_release(guard);
        while (__atomic_load_n(&barrier->__generation, __ATOMIC_ACQUIRE) == generation)
            __koito_futex_wait(&barrier->__generation, generation);
    }
    if (__atomic_sub_fetch(&barrier->__inside, 1, __ATOMIC_ACQ_REL) == 0)
        __koito_futex_wake(&barrier->__inside, INT_MAX);
    return result;
}
