/* toascii(): the low 7 bits (POSIX) (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int toascii(int character)
{
    return character & 0x7f;
}
