/*
 * The calling thread's identity for recursive locks (libc, OS port): the
 * address of its thread control block, distinct for every live thread.
 */
#include "port.h"
#include "thread_control.h"

unsigned long __koito_thread_self(void)
{
    return (unsigned long)__koito_thread_control();
}
