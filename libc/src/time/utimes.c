/* utimes() (libc, time): sets a file's access and modification times in microseconds (NULL:
 * now) through the OS port. Microsecond fields outside 0..999999 are EINVAL. */
#include "port.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/time.h>
#include <time.h>

int utimes(const char *path, const struct timeval times[2])
{
    struct timespec exact[2];
    if (times != NULL) {
        for (int i = 0; i < 2; i++) {
            if (times[i].tv_usec < 0 || times[i].tv_usec >= 1000000) {
                errno = EINVAL;
                return -1;
            }
            exact[i].tv_sec = times[i].tv_sec;
            exact[i].tv_nsec = times[i].tv_usec * 1000;
        }
    }
    int result = __koito_sys_utimens(AT_FDCWD, path, times != NULL ? exact : NULL, 0);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
