/* fstat() (libc, stat): an open file's status, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int fstat(int descriptor, struct stat *status)
{
    long long result = __koito_sys_fstat(descriptor, status);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
