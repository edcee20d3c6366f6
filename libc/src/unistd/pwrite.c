/* pwrite() (libc, unistd): writes at an offset, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

ssize_t pwrite(int descriptor, const void *data, size_t length, off_t offset)
{
    long long result = __koito_sys_pwrite(descriptor, data, length, offset);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}
