/* frexpl (libc, math; OS-independent): x = m * 2^e, 0.5 <= |m| < 1. */
#include "math_impl.h"

long double frexpl(long double x, int *exponent)
{
    union __koito_ldouble v = {x};
    int field = v.parts.sign_exponent & 0x7fff;
    if (field == 0x7fff || x == 0) {
        *exponent = 0;
        return x + x;
    }
    int shift = 0;
    if (field == 0) {
        v.value *= 0x1p64L;
        shift = 64;
        field = v.parts.sign_exponent & 0x7fff;
    }
    *exponent = field - 16382 - shift;
    v.parts.sign_exponent = (uint16_t)((v.parts.sign_exponent & 0x8000) | 16382);
    return v.value;
}
