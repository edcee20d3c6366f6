/* pthread_cond_wait() (libc, threads). */
#include "thread_impl.h"

int pthread_cond_wait(pthread_cond_t *restrict condition, pthread_mutex_t *restrict mutex)
{
    return __koito_cond_wait_until(condition, mutex, 0);
}
