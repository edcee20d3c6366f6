/*
 * __koito_sys_dup(): duplicates a descriptor, onto `target` or (target < 0) the lowest free one
 * (libc, OS port). Interim version: this becomes a request to the POSIX server; until that server
 * exists it fails with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_dup(int descriptor, int target)
{
    (void)descriptor;
    (void)target;
    return -ENOSYS;
}
