/* isalnum(): letter or digit (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int isalnum(int character)
{
    return isalpha(character) || isdigit(character);
}
