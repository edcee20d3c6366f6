/* time() (libc, time): the current calendar time from the OS port; -1 (and
 * errno, ENOSYS while no server keeps time) when it is not available. */
#include "port.h"
#include <errno.h>
#include <time.h>

time_t time(time_t *result)
{
    long long seconds;
    long nanoseconds;
    int error = __koito_time_now(&seconds, &nanoseconds);
    if (error < 0) {
        errno = -error;
        seconds = -1;
    }
    if (result != NULL) {
        *result = seconds;
    }
    return seconds;
}
