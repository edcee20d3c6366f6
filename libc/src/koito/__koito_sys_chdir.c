/*
 * __koito_sys_chdir(): changes the working directory (libc, OS port). Interim version: this
 * becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_chdir(const char *path)
{
    (void)path;
    return -ENOSYS;
}
