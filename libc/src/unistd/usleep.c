/* usleep() (libc, unistd): suspends the thread for microseconds through the
 * OS port (the POSIX server's timer; ENOSYS until it exists). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int usleep(useconds_t microseconds)
{
    int result = __koito_sys_sleep(microseconds * 1000LL);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
