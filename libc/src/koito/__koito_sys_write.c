/*
 * __koito_sys_write(): writes to a descriptor (libc, OS port). Interim version until the POSIX
 * server owns descriptors: 1 and 2 are the standard output and error streams
 * (__koito_console_output: the console server, or the debug console); others fail with ENOSYS.
 */
#include "port.h"
#include <errno.h>

long __koito_sys_write(int descriptor, const void *data, size_t length)
{
    if (descriptor == 1 || descriptor == 2)
        return __koito_console_output(descriptor, data, length);
    return -ENOSYS;
}
