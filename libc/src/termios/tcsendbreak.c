/* tcsendbreak() (libc, termios): the serial console sends no break: ENOTSUP on a terminal. */
#include "terminal.h"

int tcsendbreak(int descriptor, int duration)
{
    (void)duration;
    return __koito_terminal_unsupported(descriptor);
}
