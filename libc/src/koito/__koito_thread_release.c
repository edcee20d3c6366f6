/* Releasing a joined thread's memory (libc, OS port): libkoito's koito_thread_join. */
#include "port.h"
#include <koito/thread.h>

void __koito_thread_release(void *record)
{
    struct koito_thread thread;
    koito_thread_of_user(record, &thread);
    koito_thread_join(&thread);
}
