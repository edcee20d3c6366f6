/*
 * __koito_sys_chown(): changes a file's owner (libc, OS port). Interim version: this
 * becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_chown(const char *path, unsigned user, unsigned group)
{
    (void)path;
    (void)user;
    (void)group;
    return -ENOSYS;
}
