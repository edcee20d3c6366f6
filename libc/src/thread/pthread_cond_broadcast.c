/* pthread_cond_broadcast() (libc, threads): a new sequence value, every waiter woken. */
#include "futex.h"
#include <limits.h>
#include <pthread.h>

int pthread_cond_broadcast(pthread_cond_t *condition)
{
    __atomic_add_fetch(&condition->__sequence, 1, __ATOMIC_RELEASE);
    __koito_futex_wake(&condition->__sequence, INT_MAX);
    return 0;
}
