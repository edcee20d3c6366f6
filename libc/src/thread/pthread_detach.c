/* pthread_detach() (libc, threads): EINVAL for a thread already detached or
 * being joined; a thread that has already ended is released here. */
#include "port.h"
#include "thread_impl.h"
#include <errno.h>

int pthread_detach(pthread_t thread)
{
    int life = __atomic_load_n(&thread->life, __ATOMIC_ACQUIRE);
    for (;;) {
        int next;
        if (life == __KOITO_THREAD_JOINABLE)
            next = __KOITO_THREAD_DETACHED;
        else if (life == __KOITO_THREAD_EXITED)
            next = __KOITO_THREAD_REAPED;
        else
            return EINVAL;
        if (__atomic_compare_exchange_n(&thread->life, &life, next, 0, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
            break;
    }
    if (thread == &__koito_main_thread)
        return 0;
    if (life == __KOITO_THREAD_EXITED)
        __koito_thread_release(thread);
    else
        __koito_thread_detach(thread);
    return 0;
}
