/*
 * __koito_sys_sleep(): suspends the calling thread (libc, OS port). Interim version: this
 * becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_sleep(long long nanoseconds)
{
    (void)nanoseconds;
    return -ENOSYS;
}
