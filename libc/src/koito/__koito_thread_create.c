/*
 * Starting a thread (libc, OS port): libkoito's koito_thread_create_with
 * (<koito/thread.h>), with libc's thread record as the thread's user area,
 * in the thread's own window.
 */
#include "port.h"
#include <errno.h>
#include <koito/thread.h>

int __koito_thread_create(void (*entry)(void *), const void *record, size_t record_size,
                          size_t stack_size, int detached, void **copy)
{
    if (stack_size > KOITO_THREAD_STACK_SIZE_MAX)
        return -EINVAL;
    struct koito_thread thread;
    struct koito_thread_options options = {
        .stack_size = stack_size,
        .detached = detached != 0,
        .user_size = record_size,
        .user_init = record,
    };
    if (koito_thread_create_with(&thread, &options, entry, NULL) != A9N_OK)
        return -EAGAIN;
    *copy = thread.user;
    return 0;
}
