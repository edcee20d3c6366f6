/* pthread_rwlock_rdlock() (libc, threads). */
#include "thread_impl.h"

int pthread_rwlock_rdlock(pthread_rwlock_t *lock)
{
    return __koito_rwlock_read_until(lock, 0);
}
