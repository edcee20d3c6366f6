/* pipe() (libc, unistd): makes a pipe, through the OS port (the POSIX server;
 * ENOSYS until it exists). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int pipe(int descriptors[2])
{
    long long result = __koito_sys_pipe(descriptors);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
