/* The descriptor transport's read (libc, stdio core): one port call. */
#include "port.h"
#include "stdio_impl.h"
#include <errno.h>

long __koito_fd_read(FILE *file, char *data, size_t length)
{
    long got = __koito_sys_read(file->descriptor, data, length);
    if (got < 0) {
        errno = (int)-got;
        return -1;
    }
    return got;
}
