/* rename() (libc, stdio): rename a file through the OS port. */
#include "port.h"
#include <errno.h>
#include <stdio.h>

int rename(const char *from, const char *to)
{
    int error = __koito_sys_rename(from, to);
    if (error < 0) {
        errno = -error;
        return -1;
    }
    return 0;
}
