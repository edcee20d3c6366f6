/* chmod() (libc, stat): changes a file's mode, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int chmod(const char *path, mode_t mode)
{
    long long result = __koito_sys_chmod(path, mode);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
