/* faccessat() (libc, unistd): checks a file's existence and permissions relative to a directory
 * descriptor, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int faccessat(int directory, const char *path, int mode, int flags)
{
    int result = __koito_sys_faccessat(directory, path, mode, flags);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
