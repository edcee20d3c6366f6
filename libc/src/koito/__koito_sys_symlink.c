/*
 * __koito_sys_symlink(): makes a symbolic link at `path` whose target is `target` (libc, OS port).
 * Interim version: this becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which symlink() reports.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_symlink(const char *target, const char *path)
{
    (void)target;
    (void)path;
    return -ENOSYS;
}
