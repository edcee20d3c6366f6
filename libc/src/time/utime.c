/* utime() (libc, time): sets a file's access and modification times in seconds (NULL: now)
 * through the OS port. */
#include "port.h"
#include <errno.h>
#include <fcntl.h>
#include <time.h>
#include <utime.h>

int utime(const char *path, const struct utimbuf *times)
{
    struct timespec exact[2];
    if (times != NULL) {
        exact[0] = (struct timespec){.tv_sec = times->actime};
        exact[1] = (struct timespec){.tv_sec = times->modtime};
    }
    int result = __koito_sys_utimens(AT_FDCWD, path, times != NULL ? exact : NULL, 0);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
