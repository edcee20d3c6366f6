/* fsync() (libc, unistd): writes a file's data and metadata to storage, through the OS port (the
 * POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int fsync(int descriptor)
{
    long long result = __koito_sys_sync(descriptor);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
