/*
 * __koito_sys_open(): opens a file (libc, OS port). Interim version: this becomes a
 * request to the POSIX server; until that server exists it fails with ENOSYS,
 * which stdio and time() report to their callers.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_open(const char *path, int flags, unsigned mode)
{
    (void)path;
    (void)flags;
    (void)mode;
    return -ENOSYS;
}
