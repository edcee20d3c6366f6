/* readlink() (libc, unistd): reads a symbolic link's target, through the OS port (the POSIX
 * server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

ssize_t readlink(const char *restrict path, char *restrict buffer, size_t size)
{
    long long result = __koito_sys_readlink(path, buffer, size);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}
