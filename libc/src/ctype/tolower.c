/* tolower(): lower-case form of a letter (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int tolower(int character)
{
    return isupper(character) ? character | 32 : character;
}
