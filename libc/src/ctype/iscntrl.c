/* iscntrl(): control character (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int iscntrl(int character)
{
    return (unsigned)character < 32 || character == 127;
}
