/* fchmod() (libc, stat): changes an open file's mode, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int fchmod(int descriptor, mode_t mode)
{
    long long result = __koito_sys_fchmod(descriptor, mode);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
