/*
 * __koito_sys_readdir(): the next entry of an open directory: 1, or 0 at its end (libc, OS port).
 * Interim version: this becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_readdir(int descriptor, struct dirent *entry)
{
    (void)descriptor;
    (void)entry;
    return -ENOSYS;
}
