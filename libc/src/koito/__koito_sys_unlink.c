/*
 * __koito_sys_unlink(): removes a name (libc, OS port). Interim version: this becomes a
 * request to the POSIX server; until that server exists it fails with ENOSYS,
 * which stdio and time() report to their callers.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_unlink(const char *path)
{
    (void)path;
    return -ENOSYS;
}
