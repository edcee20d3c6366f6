/*
 * __koito_sys_pread(): reads from a file at an offset, leaving its position alone (libc, OS port).
 * Interim version: this becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

long __koito_sys_pread(int descriptor, void *data, size_t length, long long offset)
{
    (void)descriptor;
    (void)data;
    (void)length;
    (void)offset;
    return -ENOSYS;
}
