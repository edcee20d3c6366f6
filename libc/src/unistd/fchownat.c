/* fchownat() (libc, unistd): changes a file's owner and group relative to a directory descriptor
 * ((uid_t)-1, (gid_t)-1 keep one), through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int fchownat(int directory, const char *path, uid_t user, gid_t group, int flag)
{
    int result = __koito_sys_fchownat(directory, path, user, group, flag);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
