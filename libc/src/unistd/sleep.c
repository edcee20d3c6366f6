/* sleep() (libc, unistd): suspends the thread for at least `seconds` of the monotonic clock;
 * returns 0, or the seconds left (rounded up) when a signal handler cut it short. */
#include "port.h"
#include <errno.h>
#include <unistd.h>

unsigned sleep(unsigned seconds)
{
    long long left = 0;
    int result = __koito_sys_sleep(seconds * 1000000000LL, &left);
    if (result == -EINTR)
        return (unsigned)((left + 999999999LL) / 1000000000LL);
    if (result < 0) {
        errno = -result;
        return seconds;
    }
    return 0;
}
