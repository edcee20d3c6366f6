/*
 * __koito_sys_kill(): sends signal `number` to another process (libc, OS port). Interim version:
 * this becomes a request to the POSIX server; until that server exists it fails with ENOSYS, which
 * the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_kill(int process, int number)
{
    (void)process;
    (void)number;
    return -ENOSYS;
}
