/*
 * __koito_sys_link(): gives the file `existing` a second name, `path` (libc, OS port). Interim
 * version: this becomes a request to the POSIX server; until that server exists it fails with
 * ENOSYS, which link() reports.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_link(const char *existing, const char *path)
{
    (void)existing;
    (void)path;
    return -ENOSYS;
}
