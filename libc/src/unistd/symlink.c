/* symlink() (libc, unistd): makes a symbolic link at `path` whose target is `target`, through the
 * OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int symlink(const char *target, const char *path)
{
    int result = __koito_sys_symlink(target, path);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
