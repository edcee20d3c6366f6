/* isascii(): 7-bit character (POSIX) (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int isascii(int character)
{
    return (unsigned)character < 128;
}
