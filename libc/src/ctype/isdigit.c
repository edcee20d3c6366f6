/* isdigit(): decimal digit (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int isdigit(int character)
{
    return (unsigned)(character - '0') < 10;
}
