/* pthread_cond_clockwait() (libc, threads): ETIMEDOUT at the deadline (the
 * mutex held again), EINVAL for a bad clock or time. */
#include "thread_impl.h"

int pthread_cond_clockwait(pthread_cond_t *restrict condition, pthread_mutex_t *restrict mutex,
                           clockid_t clock, const struct timespec *restrict deadline)
{
    unsigned long long until = 0;
    int error = __koito_deadline(clock, deadline, &until);
    return error != 0 ? error : __koito_cond_wait_until(condition, mutex, until);
}
