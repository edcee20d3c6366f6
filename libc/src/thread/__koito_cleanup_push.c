/* pthread_cleanup_push()'s half (libc, threads): the handler goes on the thread's stack of them. */
#include "thread_impl.h"

void __koito_cleanup_push(struct __koito_cleanup *cleanup)
{
    struct __koito_pthread *self = pthread_self();
    cleanup->__next = self->cleanup;
    self->cleanup = cleanup;
}
