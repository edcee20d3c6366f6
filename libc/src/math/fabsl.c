/* fabsl (libc, math; OS-independent): clears the sign bit. */
#include "math_impl.h"

long double fabsl(long double x)
{
    union __koito_ldouble v = {x};
    v.parts.sign_exponent &= 0x7fff;
    return v.value;
}
