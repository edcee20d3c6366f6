/* isupper(): upper-case letter (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int isupper(int character)
{
    return (unsigned)(character - 'A') < 26;
}
