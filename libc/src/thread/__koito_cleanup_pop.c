/* pthread_cleanup_pop()'s half (libc, threads): takes the handler off, runs it if asked. */
#include "thread_impl.h"

void __koito_cleanup_pop(struct __koito_cleanup *cleanup, int execute)
{
    pthread_self()->cleanup = cleanup->__next;
    if (execute)
        cleanup->__routine(cleanup->__argument);
}
