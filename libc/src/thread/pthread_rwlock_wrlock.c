/* pthread_rwlock_wrlock() (libc, threads). */
#include "thread_impl.h"

int pthread_rwlock_wrlock(pthread_rwlock_t *lock)
{
    return __koito_rwlock_write_until(lock, 0);
}
