/* unlinkat() (libc, unistd): removes a name, or with AT_REMOVEDIR an empty directory, relative to
 * a directory descriptor, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int unlinkat(int directory, const char *path, int flags)
{
    int result = __koito_sys_unlinkat(directory, path, flags);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
