/* tcflush() (libc, termios): the console server keeps typed input for its readers and sends
 * output as it comes, so there is no queue to drop: ENOTSUP on a terminal. */
#include "terminal.h"
#include <errno.h>

int tcflush(int descriptor, int queue)
{
    if (queue != TCIFLUSH && queue != TCOFLUSH && queue != TCIOFLUSH) {
        errno = EINVAL;
        return -1;
    }
    return __koito_terminal_unsupported(descriptor);
}
