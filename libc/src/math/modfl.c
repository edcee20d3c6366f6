/* modfl (libc, math; OS-independent): truncl and the exact fraction, both
 * with x's sign. */
#include "math_impl.h"

long double modfl(long double x, long double *integral)
{
    long double t = truncl(x);
    *integral = t;
    union __koito_ldouble v = {x};
    if ((v.parts.sign_exponent & 0x7fff) == 0x7fff && x == x) {
        return copysignl(0.0L, x);
    }
    return copysignl(x - t, x);
}
