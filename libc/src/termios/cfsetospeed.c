/* cfsetospeed() (libc, termios): EINVAL for a value that is no B* speed. */
#include "terminal.h"
#include <errno.h>

int cfsetospeed(struct termios *attributes, speed_t speed)
{
    if (!__koito_speed_valid(speed)) {
        errno = EINVAL;
        return -1;
    }
    attributes->c_ospeed = speed;
    return 0;
}
