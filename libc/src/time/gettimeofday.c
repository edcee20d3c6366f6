/* gettimeofday() (libc, time): the calendar time in microseconds, from the
 * same OS port clock as time() (ENOSYS until the POSIX server gives one).
 * The obsolete time-zone argument must be NULL; anything else is EINVAL. */
#include "port.h"
#include <errno.h>
#include <sys/time.h>

int gettimeofday(struct timeval *restrict time, void *restrict zone)
{
    if (zone != NULL) {
        errno = EINVAL;
        return -1;
    }
    long long seconds;
    long nanoseconds;
    int result = __koito_time_now(&seconds, &nanoseconds);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    time->tv_sec = seconds;
    time->tv_usec = nanoseconds / 1000;
    return 0;
}
