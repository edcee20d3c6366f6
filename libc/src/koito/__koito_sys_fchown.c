/*
 * __koito_sys_fchown(): changes an open file's owner (libc, OS port). Interim version: this
 * becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_fchown(int descriptor, unsigned user, unsigned group)
{
    (void)descriptor;
    (void)user;
    (void)group;
    return -ENOSYS;
}
