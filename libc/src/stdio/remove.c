/* remove() (libc, stdio): delete a file name through the OS port. Removing
 * directories comes with rmdir() and the POSIX server. */
#include "port.h"
#include <errno.h>
#include <stdio.h>

int remove(const char *path)
{
    int error = __koito_sys_unlink(path);
    if (error < 0) {
        errno = -error;
        return -1;
    }
    return 0;
}
