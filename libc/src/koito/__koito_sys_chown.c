/*
 * __koito_sys_chown(): changes a file's owner and group, (unsigned)-1 keeping one (libc, OS
 * port): the POSIX server's chown request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_chown(const char *path, unsigned user, unsigned group)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(
        koito_posix_chown(__koito_os_port(), user, group, path, (uint64_t)length));
}
