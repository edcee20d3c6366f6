/*
 * __koito_sys_stat(): a file's status; `follow` == 0 describes a symbolic link itself (libc, OS
 * port). Interim version: this becomes a request to the POSIX server; until that server exists it
 * fails with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_stat(const char *path, struct stat *status, int follow)
{
    (void)path;
    (void)status;
    (void)follow;
    return -ENOSYS;
}
