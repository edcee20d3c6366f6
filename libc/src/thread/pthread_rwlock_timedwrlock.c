/* pthread_rwlock_timedwrlock() (libc, threads): the deadline is on CLOCK_REALTIME. */
#include "thread_impl.h"

int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict lock,
                               const struct timespec *restrict deadline)
{
    if (pthread_rwlock_trywrlock(lock) == 0)
        return 0;
    unsigned long long until = 0;
    int error = __koito_deadline(CLOCK_REALTIME, deadline, &until);
    return error != 0 ? error : __koito_rwlock_write_until(lock, until);
}
