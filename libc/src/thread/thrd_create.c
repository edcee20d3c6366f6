/* thrd_create() (libc, threads): thrd_nomem when no thread can be made. */
#include "thread_impl.h"
#include <threads.h>

int thrd_create(thrd_t *thread, thrd_start_t start, void *argument)
{
    return __koito_thread_spawn(thread, NULL, NULL, start, argument) == 0 ? thrd_success
                                                                          : thrd_nomem;
}
