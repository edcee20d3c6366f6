/* access() (libc, unistd): checks a file's existence and permissions, through the OS port (the
 * POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int access(const char *path, int mode)
{
    long long result = __koito_sys_access(path, mode);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
