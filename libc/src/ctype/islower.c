/* islower(): lower-case letter (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int islower(int character)
{
    return (unsigned)(character - 'a') < 26;
}
