/* tcflow() (libc, termios): the serial console has no flow control: ENOTSUP on a terminal. */
#include "terminal.h"
#include <errno.h>

int tcflow(int descriptor, int action)
{
    if (action != TCOOFF && action != TCOON && action != TCIOFF && action != TCION) {
        errno = EINVAL;
        return -1;
    }
    return __koito_terminal_unsupported(descriptor);
}
