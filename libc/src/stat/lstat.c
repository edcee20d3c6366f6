/* lstat() (libc, stat): a file's status; a symbolic link describes itself, through the OS port (the
 * POSIX server). */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int lstat(const char *restrict path, struct stat *restrict status)
{
    long long result = __koito_sys_stat(path, status, 0);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}
