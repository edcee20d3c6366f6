/* logbl (libc, math; OS-independent): as logb for long double. */
#include "math_impl.h"

long double logbl(long double x)
{
    union __koito_ldouble v = {x};
    if ((v.parts.sign_exponent & 0x7fff) == 0x7fff) {
        return x * x;
    }
    if (x == 0) {
        return (long double)__koito_divide_by_zero(1);
    }
    return (long double)ilogbl(x);
}
