/* ispunct(): punctuation (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int ispunct(int character)
{
    return isgraph(character) && !isalnum(character);
}
