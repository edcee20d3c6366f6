/*
 * __koito_sys_chmod(): changes a file's mode (libc, OS port). Interim version: this
 * becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_chmod(const char *path, unsigned mode)
{
    (void)path;
    (void)mode;
    return -ENOSYS;
}
