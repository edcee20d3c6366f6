/* dup() (libc, unistd): duplicates a descriptor onto the lowest free one, through the OS port (the
 * POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int dup(int descriptor)
{
    long long result = __koito_sys_dup(descriptor, -1);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
