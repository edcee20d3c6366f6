/* cfgetospeed() (libc, termios). */
#include <termios.h>

speed_t cfgetospeed(const struct termios *attributes)
{
    return attributes->c_ospeed;
}
