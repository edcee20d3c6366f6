/*
 * What the serial console cannot do (libc, termios; see terminal.h): for a terminal descriptor,
 * ENOTSUP; for another, the error that says why it is not one.
 */
#include "terminal.h"
#include <errno.h>

int __koito_terminal_unsupported(int descriptor)
{
    unsigned mode;
    int error = __koito_sys_terminal_mode(descriptor, &mode);
    errno = error < 0 && error != -ENOSYS ? -error : ENOTSUP;
    return -1;
}
