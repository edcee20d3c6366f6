/* futimens() (libc, stat): sets an open file's access and modification times in nanoseconds
 * (NULL: now; UTIME_NOW, UTIME_OMIT) through the OS port. */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int futimens(int descriptor, const struct timespec times[2])
{
    int result = __koito_sys_utimens(descriptor, NULL, times, 0);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
