/* rmdir() (libc, unistd): removes an empty directory, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int rmdir(const char *path)
{
    long long result = __koito_sys_rmdir(path);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
