/* nanl (libc, math; OS-independent): a quiet NaN (the payload is not kept). */
#include "math_impl.h"

long double nanl(const char *tag)
{
    (void)tag;
    return __builtin_nanl("");
}
