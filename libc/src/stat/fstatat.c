/* fstatat() (libc, stat): a file's status relative to a directory descriptor, through the OS
 * port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int fstatat(int directory, const char *restrict path, struct stat *restrict status, int flag)
{
    int result = __koito_sys_fstatat(directory, path, status, flag);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
