/*
 * __koito_sys_seek(): moves a descriptor's position (libc, OS port). Interim version: this becomes
 * a request to the POSIX server; until that server exists it fails with ENOSYS, which stdio and
 * time() report to their callers.
 */
#include "port.h"
#include <errno.h>

long long __koito_sys_seek(int descriptor, long long offset, int whence)
{
    (void)descriptor;
    (void)offset;
    (void)whence;
    return -ENOSYS;
}
