/* utimensat() (libc, stat): sets a file's access and modification times in nanoseconds (NULL:
 * now; UTIME_NOW, UTIME_OMIT) through the OS port. Relative paths are taken from the working
 * directory only: another directory descriptor is EBADF when it is not open, else ENOTSUP
 * (KOITO has no other *at calls to resolve from one). */
#include "port.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

int utimensat(int descriptor, const char *path, const struct timespec times[2], int flag)
{
    int result;
    struct stat status;
    if ((flag & ~AT_SYMLINK_NOFOLLOW) != 0)
        result = -EINVAL;
    else if (descriptor != AT_FDCWD && path[0] != '/')
        result = __koito_sys_fstat(descriptor, &status) < 0 ? -EBADF : -ENOTSUP;
    else
        result = __koito_sys_utimens(AT_FDCWD, path, times);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
