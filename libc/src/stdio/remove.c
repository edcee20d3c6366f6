/* remove() (libc, stdio): delete a name through the OS port; a directory is
 * removed as rmdir() removes it, as POSIX asks (the POSIX server's unlink
 * answers EISDIR for one, Linux's EISDIR or EPERM). */
#include "port.h"
#include <errno.h>
#include <stdio.h>

int remove(const char *path)
{
    int error = __koito_sys_unlink(path);
    if (error == -EISDIR || error == -EPERM)
        error = __koito_sys_rmdir(path);
    if (error < 0) {
        errno = -error;
        return -1;
    }
    return 0;
}
