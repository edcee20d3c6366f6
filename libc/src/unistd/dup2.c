/* dup2() (libc, unistd): duplicates a descriptor onto `target`, through the OS port (the POSIX
 * server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int dup2(int descriptor, int target)
{
    long long result = __koito_sys_dup(descriptor, target);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
