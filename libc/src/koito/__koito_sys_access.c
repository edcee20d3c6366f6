/*
 * __koito_sys_access(): checks that a file exists and allows `mode` (<unistd.h>'s R_OK...) (libc,
 * OS port). Interim version: this becomes a request to the POSIX server; until that server exists
 * it fails with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_access(const char *path, int mode)
{
    (void)path;
    (void)mode;
    return -ENOSYS;
}
