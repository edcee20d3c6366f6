/* fcntl() (libc, fcntl): descriptor commands through the OS port (the POSIX
 * server). The third argument is an int for
 * F_DUPFD, F_SETFD and F_SETFL, a struct flock pointer for the record-lock
 * commands, and absent otherwise; it travels as a long either way. */
#include "port.h"
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

int fcntl(int descriptor, int command, ...)
{
    long argument = 0;
    va_list arguments;
    va_start(arguments, command);
    switch (command) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_SETFD:
    case F_SETFL:
        argument = va_arg(arguments, int);
        break;
    case F_GETLK:
    case F_SETLK:
    case F_SETLKW:
        argument = (long)va_arg(arguments, struct flock *);
        break;
    case F_GETFD:
    case F_GETFL:
        break;
    default:
        va_end(arguments);
        errno = EINVAL;
        return -1;
    }
    va_end(arguments);
    int result = __koito_sys_fcntl(descriptor, command, argument);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return result;
}
