/* The descriptor transport's close (libc, stdio core): one port call. */
#include "port.h"
#include "stdio_impl.h"
#include <errno.h>

int __koito_fd_close(FILE *file)
{
    int error = __koito_sys_close(file->descriptor);
    if (error < 0) {
        errno = -error;
        return EOF;
    }
    return 0;
}
