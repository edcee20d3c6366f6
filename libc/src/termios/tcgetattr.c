/* tcgetattr() (libc, termios): the attributes the process set, with the console's input mode. */
#include "terminal.h"
#include <errno.h>

int tcgetattr(int descriptor, struct termios *attributes)
{
    struct termios *terminal = __koito_terminal();
    unsigned mode;
    int error = __koito_sys_terminal_mode(descriptor, &mode);
    if (error == -ENOSYS) {
        /* No console server: the mode is the process's own. */
        mode = (terminal->c_lflag & ECHO ? __KOITO_TERMINAL_ECHO : 0) |
               (terminal->c_lflag & ICANON ? __KOITO_TERMINAL_CANONICAL : 0) |
               (terminal->c_lflag & ISIG ? __KOITO_TERMINAL_SIGNALS : 0);
    } else if (error < 0) {
        errno = -error;
        return -1;
    }
    *attributes = *terminal;
    attributes->c_lflag &= ~(tcflag_t)(ECHO | ICANON | ISIG);
    if (mode & __KOITO_TERMINAL_ECHO)
        attributes->c_lflag |= ECHO;
    if (mode & __KOITO_TERMINAL_CANONICAL)
        attributes->c_lflag |= ICANON;
    if (mode & __KOITO_TERMINAL_SIGNALS)
        attributes->c_lflag |= ISIG;
    return 0;
}
