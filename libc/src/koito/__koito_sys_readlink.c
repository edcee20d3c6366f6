/*
 * __koito_sys_readlink(): reads a symbolic link's target (not NUL-terminated); returns its length
 * (libc, OS port). Interim version: this becomes a request to the POSIX server; until that server
 * exists it fails with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

long __koito_sys_readlink(const char *path, char *buffer, size_t size)
{
    (void)path;
    (void)buffer;
    (void)size;
    return -ENOSYS;
}
