/* dup2() (libc, unistd): duplicates a descriptor onto `target`, through the OS port (the POSIX
 * server). A negative target is EBADF here: the port reads a negative
 * target as "the lowest free descriptor", which is dup()'s request, not dup2()'s. */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int dup2(int descriptor, int target)
{
    if (target < 0) {
        errno = EBADF;
        return -1;
    }
    long long result = __koito_sys_dup(descriptor, target);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
