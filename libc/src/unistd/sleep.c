/* sleep() (libc, unistd): suspends the thread for at least `seconds` of the
 * monotonic clock through the OS port (the timer service). Returns the
 * seconds not slept: all of them when the port cannot sleep. */
#include "port.h"
#include <errno.h>
#include <unistd.h>

unsigned sleep(unsigned seconds)
{
    int result = __koito_sys_sleep(seconds * 1000000000LL);
    if (result < 0) {
        errno = -result;
        return seconds;
    }
    return 0;
}
