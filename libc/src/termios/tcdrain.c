/* tcdrain() (libc, termios): what the process's standard output and error hold unsent (a line
 * without its newline) goes to the console. */
#include "terminal.h"
#include <errno.h>
#include <stdio.h>

int tcdrain(int descriptor)
{
    unsigned mode;
    int error = __koito_sys_terminal_mode(descriptor, &mode);
    if (error < 0 && error != -ENOSYS) {
        errno = -error;
        return -1;
    }
    fflush(stdout);
    fflush(stderr);
    __koito_console_finish();
    return 0;
}
