/* write() (libc, unistd): writes to a descriptor, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

ssize_t write(int descriptor, const void *data, size_t length)
{
    long long result = __koito_sys_write(descriptor, data, length);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}
