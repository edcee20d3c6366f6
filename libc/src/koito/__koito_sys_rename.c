/*
 * __koito_sys_rename(): renames a file (libc, OS port). Interim version: this becomes a
 * request to the POSIX server; until that server exists it fails with ENOSYS,
 * which stdio and time() report to their callers.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_rename(const char *from, const char *to)
{
    (void)from;
    (void)to;
    return -ENOSYS;
}
