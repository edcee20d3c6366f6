/* pthread_join() (libc, threads): EDEADLK for the caller itself, EINVAL for
 * a detached thread or one another thread joins. Waits on the record's life
 * word, takes the result, then lets the port reuse the thread's memory. */
#include "futex.h"
#include "port.h"
#include "thread_impl.h"
#include <errno.h>

int pthread_join(pthread_t thread, void **result)
{
    if (thread == pthread_self())
        return EDEADLK;
    int life = __atomic_load_n(&thread->life, __ATOMIC_ACQUIRE);
    for (;;) {
        int next;
        if (life == __KOITO_THREAD_JOINABLE)
            next = __KOITO_THREAD_JOINING;
        else if (life == __KOITO_THREAD_EXITED)
            next = __KOITO_THREAD_REAPED;
        else
            return EINVAL;
        if (__atomic_compare_exchange_n(&thread->life, &life, next, 0, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
            break;
    }
    while (__atomic_load_n(&thread->life, __ATOMIC_ACQUIRE) == __KOITO_THREAD_JOINING)
        __koito_futex_wait(&thread->life, __KOITO_THREAD_JOINING);
    if (result != NULL)
        *result = thread->result;
    if (thread != &__koito_main_thread)
        __koito_thread_release(thread);
    return 0;
}
