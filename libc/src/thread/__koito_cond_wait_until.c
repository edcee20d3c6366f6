/*
 * Waiting on a condition variable (libc, threads). The waiter reads the
 * sequence word while it still holds the mutex, releases the mutex and
 * sleeps while the word is unchanged: a signal that comes after the read
 * changes the word, so it is never lost. It then takes the mutex back as a
 * contended lock (other woken waiters may queue behind it), restoring a
 * recursive mutex's depth. Spurious returns are allowed, as POSIX says.
 */
#include "futex.h"
#include "thread_impl.h"
#include <errno.h>

int __koito_cond_wait_until(pthread_cond_t *condition, pthread_mutex_t *mutex,
                            unsigned long long deadline)
{
    pthread_t self = pthread_self();
    if (mutex->__type != PTHREAD_MUTEX_NORMAL && mutex->__owner != self)
        return EPERM;
    unsigned depth = mutex->__depth;
    int sequence = __atomic_load_n(&condition->__sequence, __ATOMIC_ACQUIRE);
    if (mutex->__type != PTHREAD_MUTEX_NORMAL)
        mutex->__depth = 1;
    pthread_mutex_unlock(mutex);
    int waited = __koito_futex_wait_until(&condition->__sequence, sequence, deadline);
    __koito_mutex_word_take_contended(&mutex->__lock);
    if (mutex->__type != PTHREAD_MUTEX_NORMAL) {
        mutex->__owner = self;
        mutex->__depth = depth;
    }
    return waited == -ETIMEDOUT ? ETIMEDOUT : 0;
}
