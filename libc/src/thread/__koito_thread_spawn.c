/*
 * Starting a thread for pthread_create and thrd_create (libc, threads): the
 * thread's record is made on the stack and copied by the OS port into the
 * new thread's own memory, where it stays until the thread is joined or,
 * detached, ends; so creating a thread needs no malloc.
 */
#include "port.h"
#include "thread_impl.h"
#include <errno.h>

static void thread_main(void *argument)
{
    struct __koito_pthread *self = argument;
    __koito_thread_current = self;
    if (self->c11_start != NULL)
        pthread_exit((void *)(long)self->c11_start(self->argument));
    pthread_exit(self->start(self->argument));
}

int __koito_thread_spawn(pthread_t *thread, const pthread_attr_t *attributes,
                         void *(*start)(void *), int (*c11_start)(void *), void *argument)
{
    pthread_attr_t defaults;
    if (attributes == NULL) {
        pthread_attr_init(&defaults);
        attributes = &defaults;
    }
    int detached = attributes->__detach_state == PTHREAD_CREATE_DETACHED;
    struct __koito_pthread record = {
        .start = start,
        .c11_start = c11_start,
        .argument = argument,
        .life = detached ? __KOITO_THREAD_DETACHED : __KOITO_THREAD_JOINABLE,
    };
    void *copy = NULL;
    __atomic_add_fetch(&__koito_threads_alive, 1, __ATOMIC_RELAXED);
    int error = __koito_thread_create(thread_main, &record, sizeof(record),
                                      attributes->__stack_size, detached, &copy);
    if (error < 0) {
        __atomic_sub_fetch(&__koito_threads_alive, 1, __ATOMIC_RELAXED);
        return -error;
    }
    *thread = copy;
    return 0;
}
