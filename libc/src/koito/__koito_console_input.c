/*
 * __koito_console_input(): a read of the console (libc, OS port): the console server's input
 * through the process's standard input capability; a process without the console server (no
 * console configured, the servers started before it) finds the end of input at once.
 */
#include "port.h"
#include <errno.h>

long __koito_console_input(void *data, size_t length)
{
    long count = __koito_console_read(data, length);
    return count == -ENOSYS ? 0 : count;
}
