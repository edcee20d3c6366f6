/* nan (libc, math; OS-independent): a quiet NaN; the payload the string
 * may name is not kept (C17 leaves it implementation-defined). */
#include "math_impl.h"

double nan(const char *tag)
{
    (void)tag;
    return __KOITO_NAN;
}
