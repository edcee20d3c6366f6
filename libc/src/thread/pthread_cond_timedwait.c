/* pthread_cond_timedwait() (libc, threads): the deadline is on the
 * condition variable's clock (pthread_condattr_setclock). */
#include <pthread.h>

int pthread_cond_timedwait(pthread_cond_t *restrict condition, pthread_mutex_t *restrict mutex,
                           const struct timespec *restrict deadline)
{
    return pthread_cond_clockwait(condition, mutex, condition->__clock, deadline);
}
