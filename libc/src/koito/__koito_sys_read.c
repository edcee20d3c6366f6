/*
 * __koito_sys_read(): reads from a descriptor (libc, OS port). Interim version: this becomes a
 * request to the POSIX server; until that server exists it fails with ENOSYS,
 * which stdio and time() report to their callers.
 */
#include "port.h"
#include <errno.h>

long __koito_sys_read(int descriptor, void *data, size_t length)
{
    (void)descriptor;
    (void)data;
    (void)length;
    return -ENOSYS;
}
