/* Detaching a thread (libc, OS port): libkoito's koito_thread_detach. */
#include "port.h"
#include <koito/thread.h>

void __koito_thread_detach(void *record)
{
    struct koito_thread thread;
    koito_thread_of_user(record, &thread);
    koito_thread_detach(&thread);
}
