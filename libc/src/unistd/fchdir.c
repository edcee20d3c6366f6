/* fchdir() (libc, unistd): makes the directory a descriptor names the working directory, through
 * the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int fchdir(int descriptor)
{
    int result = __koito_sys_fchdir(descriptor);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
