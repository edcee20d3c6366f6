/* isxdigit(): hexadecimal digit (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int isxdigit(int character)
{
    return isdigit(character) || (unsigned)((character | 32) - 'a') < 6;
}
