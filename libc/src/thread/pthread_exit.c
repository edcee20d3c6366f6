/*
 * pthread_exit() (libc, threads): runs the cleanup handlers and the key
 * destructors, returns the thread's malloc cache, hands the result to a
 * joiner and ends the thread; its record and stack stay until it is joined
 * (or, detached, go as it ends). The last thread to end ends the process
 * with status 0, as POSIX says.
 */
#include "futex.h"
#include "malloc_impl.h"
#include "port.h"
#include "thread_impl.h"
#include <stdlib.h>

_Noreturn void pthread_exit(void *result)
{
    struct __koito_pthread *self = pthread_self();
    while (self->cleanup != NULL) {
        struct __koito_cleanup *cleanup = self->cleanup;
        self->cleanup = cleanup->__next;
        cleanup->__routine(cleanup->__argument);
    }
    __koito_thread_run_destructors(self);
    if (__atomic_sub_fetch(&__koito_threads_alive, 1, __ATOMIC_ACQ_REL) == 0)
        exit(0);
    __koito_malloc_thread_exit();
    self->result = result;
    int life = __atomic_load_n(&self->life, __ATOMIC_ACQUIRE);
    while (life != __KOITO_THREAD_DETACHED) {
        if (__atomic_compare_exchange_n(&self->life, &life, __KOITO_THREAD_EXITED, 0,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
            __koito_futex_wake(&self->life, 1);
            break;
        }
    }
    __koito_thread_exit();
}
