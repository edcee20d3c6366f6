/* usleep() (libc, unistd): suspends the thread for at least `microseconds`
 * of the monotonic clock through the OS port (the timer service). */
#include "port.h"
#include <errno.h>
#include <stddef.h>
#include <unistd.h>

int usleep(useconds_t microseconds)
{
    int result = __koito_sys_sleep(microseconds * 1000LL, NULL);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
