/* Ending the calling thread (libc, OS port): libkoito's koito_thread_exit. */
#include "port.h"
#include <koito/thread.h>

_Noreturn void __koito_thread_exit(void)
{
    koito_thread_exit();
}
