/*
 * __koito_sys_mkdirat(): makes a directory relative to a directory descriptor (libc, OS port):
 * the POSIX server's mkdirat request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_mkdirat(int directory, const char *path, unsigned mode)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_mkdirat(__koito_os_port(), (uint64_t)(int64_t)directory,
                                                mode, path, (uint64_t)length));
}
