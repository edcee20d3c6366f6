/*
 * __koito_sys_fcntl(): <fcntl.h>'s descriptor commands and record locks (libc, OS port). Interim
 * version: this becomes a request to the POSIX server; until that server exists it fails with
 * ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_fcntl(int descriptor, int command, long argument)
{
    (void)descriptor;
    (void)command;
    (void)argument;
    return -ENOSYS;
}
