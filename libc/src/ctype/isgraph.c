/* isgraph(): printing character other than space (libc, ctype; ASCII only, as in the "C" locale).
 */
#include <ctype.h>

int isgraph(int character)
{
    return (unsigned)(character - 33) < 94;
}
