/*
 * The calling thread's wake-up token (libc, OS port): the descriptor of its
 * wait notification port, which libkoito gives every thread it makes and the
 * thread that makes one (<koito/thread.h>); 0 before the program's first
 * thread exists.
 */
#include "port.h"
#include "thread_control.h"

unsigned long __koito_park_token(void)
{
    return __atomic_load_n(&__koito_thread_control()->wait_notification, __ATOMIC_ACQUIRE);
}
