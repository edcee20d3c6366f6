/*
 * __koito_sys_fstat(): an open file's status (libc, OS port). Interim version: this
 * becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_fstat(int descriptor, struct stat *status)
{
    (void)descriptor;
    (void)status;
    return -ENOSYS;
}
