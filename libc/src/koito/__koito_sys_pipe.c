/*
 * __koito_sys_pipe(): makes a pipe: descriptors[0] reads, descriptors[1] writes (libc, OS port).
 * Interim version: this becomes a request to the POSIX server; until that server exists it fails
 * with ENOSYS, which the public call reports to its caller.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_pipe(int descriptors[2])
{
    (void)descriptors;
    return -ENOSYS;
}
