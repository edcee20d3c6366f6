/* pthread_rwlock_timedrdlock() (libc, threads): the deadline is on CLOCK_REALTIME. */
#include "thread_impl.h"

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict lock,
                               const struct timespec *restrict deadline)
{
    if (pthread_rwlock_tryrdlock(lock) == 0)
        return 0;
    unsigned long long until = 0;
    int error = __koito_deadline(CLOCK_REALTIME, deadline, &until);
    return error != 0 ? error : __koito_rwlock_read_until(lock, until);
}
