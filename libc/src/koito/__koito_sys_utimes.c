/*
 * __koito_sys_utimes(): sets a file's access and modification times (NULL: now) (libc, OS port).
 * Interim version: this becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_utimes(const char *path, const struct timespec *times)
{
    (void)path;
    (void)times;
    return -ENOSYS;
}
