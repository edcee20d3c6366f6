/*
 * pthread_once() (libc, threads): the word goes 0 (never run) -> 1 (running)
 * -> 2 (done); callers that find it running sleep on it until it is done.
 */
#include "futex.h"
#include <limits.h>
#include <pthread.h>

int pthread_once(pthread_once_t *once, void (*routine)(void))
{
    volatile int *word = once;
    int state = __atomic_load_n(word, __ATOMIC_ACQUIRE);
    if (state == 2)
        return 0;
    state = 0;
    if (__atomic_compare_exchange_n(word, &state, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
        routine();
        __atomic_store_n(word, 2, __ATOMIC_RELEASE);
        __koito_futex_wake(word, INT_MAX);
        return 0;
    }
    while ((state = __atomic_load_n(word, __ATOMIC_ACQUIRE)) == 1)
        __koito_futex_wait(word, 1);
    return 0;
}
