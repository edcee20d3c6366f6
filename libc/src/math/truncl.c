/* truncl (libc, math; OS-independent): clears the fraction bits of the
 * 64-bit significand. */
#include "math_impl.h"

long double truncl(long double x)
{
    union __koito_ldouble v = {x};
    int e = (v.parts.sign_exponent & 0x7fff) - 16383;
    if (e >= 63) {
        return x;
    }
    if (e < 0) {
        v.parts.mantissa = 0;
        v.parts.sign_exponent &= 0x8000;
        return v.value;
    }
    v.parts.mantissa &= ~(0x7fffffffffffffffu >> e);
    return v.value;
}
