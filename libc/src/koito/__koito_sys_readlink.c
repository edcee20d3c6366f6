/*
 * __koito_sys_readlink(): a symbolic link's target (libc, OS port). The POSIX server's file
 * systems hold no symbolic links, so a name that exists is not one (EINVAL, POSIX's answer for
 * that); otherwise the server's stat request says why the name is not there.
 */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

long __koito_sys_readlink(const char *path, char *buffer, size_t size)
{
    (void)buffer;
    (void)size;
    struct stat status;
    int error = __koito_sys_stat(path, &status, 0);
    return error < 0 ? error : -EINVAL;
}
