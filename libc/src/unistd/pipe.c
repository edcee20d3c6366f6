/* pipe() (libc, unistd): makes a pipe through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int pipe(int descriptors[2])
{
    int result = __koito_sys_pipe(descriptors, 0);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
