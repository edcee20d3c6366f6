/* unlink() (libc, unistd): removes a file name, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int unlink(const char *path)
{
    long long result = __koito_sys_unlink(path);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
