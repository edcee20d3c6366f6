/* tcsetattr() (libc, termios): ICANON, ECHO and ISIG go to the console; everything is kept to be
 * reported back (see <termios.h>). */
#include "terminal.h"
#include <errno.h>

int tcsetattr(int descriptor, int action, const struct termios *attributes)
{
    if (action != TCSANOW && action != TCSADRAIN && action != TCSAFLUSH) {
        errno = EINVAL;
        return -1;
    }
    if (action != TCSANOW && tcdrain(descriptor) != 0)
        return -1;
    unsigned mode = (attributes->c_lflag & ECHO ? __KOITO_TERMINAL_ECHO : 0) |
                    (attributes->c_lflag & ICANON ? __KOITO_TERMINAL_CANONICAL : 0) |
                    (attributes->c_lflag & ISIG ? __KOITO_TERMINAL_SIGNALS : 0);
    int error = __koito_sys_set_terminal_mode(descriptor, mode);
    if (error < 0 && error != -ENOSYS) {
        errno = -error;
        return -1;
    }
    *__koito_terminal() = *attributes;
    return 0;
}
