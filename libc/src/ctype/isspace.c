/* isspace(): white space (space, \t \n \v \f \r) (libc, ctype; ASCII only, as in the "C" locale).
 */
#include <ctype.h>

int isspace(int character)
{
    return character == ' ' || (unsigned)(character - '\t') < 5;
}
