/*
 * __koito_sys_chmod(): changes a file's permission bits (libc, OS port): the POSIX server's chmod
 * request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_chmod(const char *path, unsigned mode)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_chmod(__koito_os_port(), mode, path, (uint64_t)length));
}
