/*
 * __koito_sys_mkdir(): makes a directory, its mode already masked (libc, OS port): the POSIX
 * server's mkdir request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_mkdir(const char *path, unsigned mode)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_mkdir(__koito_os_port(), mode, path, (uint64_t)length));
}
