/* fchmodat() (libc, stat): changes a file's mode relative to a directory descriptor, through the
 * OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int fchmodat(int directory, const char *path, mode_t mode, int flag)
{
    int result = __koito_sys_fchmodat(directory, path, mode, flag);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
