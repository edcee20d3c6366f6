/* isprint(): printing character, space included (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int isprint(int character)
{
    return (unsigned)(character - 32) < 95;
}
