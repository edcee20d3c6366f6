/*
 * __koito_console_read(): reads console input (libc, OS port). Interim version: this becomes a
 * request to the POSIX server; until that server exists it fails with ENOSYS,
 * which stdio and time() report to their callers.
 */
#include "port.h"
#include <errno.h>

long __koito_console_read(void *data, size_t length)
{
    (void)data;
    (void)length;
    return -ENOSYS;
}
