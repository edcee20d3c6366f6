/*
 * __koito_sys_getcwd(): copies the working directory's path, NUL included; returns its length
 * (libc, OS port). Interim version: this becomes a request to the POSIX server; until that server
 * exists it fails with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

long __koito_sys_getcwd(char *buffer, size_t size)
{
    (void)buffer;
    (void)size;
    return -ENOSYS;
}
