/* isatty() (libc, unistd): 1 for a terminal; 0 with errno set otherwise
 * (ENOTTY for a descriptor that is something else). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int isatty(int descriptor)
{
    int result = __koito_sys_isatty(descriptor);
    if (result < 0) {
        errno = -result;
        return 0;
    }
    if (result == 0) {
        errno = ENOTTY;
    }
    return result;
}
