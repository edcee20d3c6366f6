/*
 * __koito_sys_unlink(): removes a name that is not a directory (libc, OS port): the POSIX
 * server's unlink request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_unlink(const char *path)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_unlink(__koito_os_port(), path, (uint64_t)length));
}
