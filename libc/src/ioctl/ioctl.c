/* ioctl() (libc, ioctl): a device request with at most one pointer argument
 * (every request KOITO will define takes one), through the OS port (the
 * POSIX server). */
#include "port.h"
#include <errno.h>
#include <stdarg.h>
#include <sys/ioctl.h>

int ioctl(int descriptor, unsigned long request, ...)
{
    va_list arguments;
    va_start(arguments, request);
    void *argument = va_arg(arguments, void *);
    va_end(arguments);
    int result = __koito_sys_ioctl(descriptor, request, argument);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return result;
}
