/* The descriptor transport's seek (libc, stdio core): one port call. */
#include "port.h"
#include "stdio_impl.h"
#include <errno.h>

long long __koito_fd_seek(FILE *file, long long offset, int whence)
{
    long long position = __koito_sys_seek(file->descriptor, offset, whence);
    if (position < 0) {
        errno = (int)-position;
        return -1;
    }
    return position;
}
