/* open() (libc, fcntl): opens a file through the OS port (the POSIX server). The mode argument is
 * read only with O_CREAT, as POSIX says, and masked by umask(). */
#include "file_mode.h"
#include "port.h"
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

int open(const char *path, int flags, ...)
{
    unsigned mode = 0;
    if (flags & O_CREAT) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, unsigned);
        va_end(arguments);
        mode &= 07777 & ~__atomic_load_n(&__koito_file_mode_mask, __ATOMIC_RELAXED);
    }
    int descriptor = __koito_sys_open(path, flags, mode);
    if (descriptor < 0) {
        errno = -descriptor;
        return -1;
    }
    return descriptor;
}
