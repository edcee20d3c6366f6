/*
 * __koito_sys_waitpid(): waits for a child process; returns its process id (libc, OS port). Interim
 * version: this becomes a request to the POSIX server; until that server exists it fails with
 * ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_waitpid(int process, int *status, int options)
{
    (void)process;
    (void)status;
    (void)options;
    return -ENOSYS;
}
