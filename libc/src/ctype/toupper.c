/* toupper(): upper-case form of a letter (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int toupper(int character)
{
    return islower(character) ? character & 0x5f : character;
}
