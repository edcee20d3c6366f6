/*
 * __koito_sys_symlink(): a symbolic link at `path` (libc, OS port). The POSIX server's file
 * systems cannot hold symbolic links, so where the name could be made the answer is EPERM (POSIX's
 * and Linux's for a file system without them); before that come the errors a name that exists
 * (EEXIST) or a directory that does not (the server's stat request: ENOENT, ENOTDIR) give.
 */
#include "port.h"
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>

int __koito_sys_symlink(const char *target, const char *path)
{
    struct stat status;
    if (target[0] == '\0')
        return -ENOENT;
    int error = __koito_sys_stat(path, &status, 0);
    if (error == 0)
        return -EEXIST;
    if (error != -ENOENT)
        return error;
    size_t length = strlen(path);
    while (length > 0 && path[length - 1] == '/')
        length--;
    while (length > 0 && path[length - 1] != '/')
        length--;
    if (length == 0)
        return -EPERM;
    char directory[PATH_MAX];
    if (length >= sizeof directory)
        return -ENAMETOOLONG;
    memcpy(directory, path, length);
    directory[length] = '\0';
    error = __koito_sys_stat(directory, &status, 1);
    if (error < 0)
        return error;
    return S_ISDIR(status.st_mode) ? -EPERM : -ENOTDIR;
}
