/* pread() (libc, unistd): reads at an offset, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

ssize_t pread(int descriptor, void *data, size_t length, off_t offset)
{
    long long result = __koito_sys_pread(descriptor, data, length, offset);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}
