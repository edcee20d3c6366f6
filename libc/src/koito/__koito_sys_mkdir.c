/*
 * __koito_sys_mkdir(): makes a directory (mode already masked by umask) (libc, OS port). Interim
 * version: this becomes a request to the POSIX server; until that server exists it fails with
 * ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_mkdir(const char *path, unsigned mode)
{
    (void)path;
    (void)mode;
    return -ENOSYS;
}
