/*
 * __koito_sys_rmdir(): removes an empty directory (libc, OS port): the POSIX server's rmdir
 * request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_rmdir(const char *path)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_rmdir(__koito_os_port(), path, (uint64_t)length));
}
