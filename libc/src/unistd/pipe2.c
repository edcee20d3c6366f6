/* pipe2() (libc, unistd): pipe() with flags O_CLOEXEC and O_NONBLOCK (anything else: EINVAL). */
#include "port.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

int pipe2(int descriptors[2], int flags)
{
    if ((flags & ~(O_CLOEXEC | O_NONBLOCK)) != 0) {
        errno = EINVAL;
        return -1;
    }
    int result = __koito_sys_pipe(descriptors, flags);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
