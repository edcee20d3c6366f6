/* Whether a value is one of <termios.h>'s B* speeds (libc, termios; see terminal.h). */
#include "terminal.h"

int __koito_speed_valid(speed_t speed)
{
    return speed <= B38400 || (speed >= B57600 && speed <= B230400);
}
