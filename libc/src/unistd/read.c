/* read() (libc, unistd): reads from a descriptor, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

ssize_t read(int descriptor, void *data, size_t length)
{
    long long result = __koito_sys_read(descriptor, data, length);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}
