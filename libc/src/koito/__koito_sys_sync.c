/*
 * __koito_sys_sync(): writes an open file's data and metadata to its storage (libc, OS port).
 * Interim version: this becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_sync(int descriptor)
{
    (void)descriptor;
    return -ENOSYS;
}
