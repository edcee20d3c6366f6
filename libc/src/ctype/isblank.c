/* isblank(): space or tab (libc, ctype; ASCII only, as in the "C" locale). */
#include <ctype.h>

int isblank(int character)
{
    return character == ' ' || character == '\t';
}
