/* pthread_mutex_clocklock() (libc, threads): ETIMEDOUT at the deadline,
 * EINVAL for a bad clock or time when the mutex is not free. */
#include "thread_impl.h"

int pthread_mutex_clocklock(pthread_mutex_t *restrict mutex, clockid_t clock,
                            const struct timespec *restrict deadline)
{
    if (pthread_mutex_trylock(mutex) == 0)
        return 0;
    unsigned long long until = 0;
    int error = __koito_deadline(clock, deadline, &until);
    return error != 0 ? error : __koito_mutex_lock_until(mutex, until);
}
