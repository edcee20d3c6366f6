/* link() (libc, unistd): gives the file `existing` a second name, `path`, through the OS port (the
 * POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int link(const char *existing, const char *path)
{
    int result = __koito_sys_link(existing, path);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
