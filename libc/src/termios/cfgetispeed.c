/* cfgetispeed() (libc, termios). */
#include <termios.h>

speed_t cfgetispeed(const struct termios *attributes)
{
    return attributes->c_ispeed;
}
