/* pthread_cond_signal() (libc, threads): a new sequence value and one wake. */
#include "futex.h"
#include <pthread.h>

int pthread_cond_signal(pthread_cond_t *condition)
{
    __atomic_add_fetch(&condition->__sequence, 1, __ATOMIC_RELEASE);
    __koito_futex_wake(&condition->__sequence, 1);
    return 0;
}
