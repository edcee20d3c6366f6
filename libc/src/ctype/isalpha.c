/* isalpha(): letter (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int isalpha(int character)
{
    return (unsigned)((character | 32) - 'a') < 26;
}
