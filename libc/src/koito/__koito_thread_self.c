/*
 * The calling thread's identity for recursive locks (libc, OS port).
 * Interim version: a KOITO program has one thread until thread creation
 * exists, so every caller is thread 1.
 */
#include "port.h"

unsigned long __koito_thread_self(void)
{
    return 1;
}
