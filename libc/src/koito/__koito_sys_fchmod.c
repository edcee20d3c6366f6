/*
 * __koito_sys_fchmod(): changes an open file's mode (libc, OS port). Interim version: this
 * becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_fchmod(int descriptor, unsigned mode)
{
    (void)descriptor;
    (void)mode;
    return -ENOSYS;
}
