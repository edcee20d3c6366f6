/*
 * __koito_sys_truncate(): sets the length of an open file (libc, OS port). Interim version: this
 * becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_truncate(int descriptor, long long length)
{
    (void)descriptor;
    (void)length;
    return -ENOSYS;
}
