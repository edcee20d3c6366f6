/* utimensat() (libc, stat): sets a file's access and modification times in nanoseconds (NULL:
 * now; UTIME_NOW, UTIME_OMIT), a relative path starting from the directory `directory` names
 * (AT_FDCWD: the working directory), through the OS port (the POSIX server). A null path is
 * EINVAL, as glibc answers (Linux's own call would take the descriptor's file: futimens). */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int utimensat(int directory, const char *path, const struct timespec times[2], int flag)
{
    int result = path == NULL ? -EINVAL : __koito_sys_utimens(directory, path, times, flag);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
