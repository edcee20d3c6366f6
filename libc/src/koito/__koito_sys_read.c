/*
 * __koito_sys_read(): reads from a descriptor (libc, OS port). Interim version until the POSIX
 * server owns descriptors: 0 is standard input (__koito_console_read: a line from the console
 * server); others fail with ENOSYS.
 */
#include "port.h"
#include <errno.h>

long __koito_sys_read(int descriptor, void *data, size_t length)
{
    if (descriptor == 0)
        return __koito_console_read(data, length);
    return -ENOSYS;
}
