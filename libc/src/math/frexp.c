/* frexp (libc, math; OS-independent): x = m * 2^e with 0.5 <= |m| < 1. */
#include "math_impl.h"

double frexp(double x, int *exponent)
{
    int field = __koito_exponent_field(x);
    if (field == 0x7ff || x == 0) {
        *exponent = 0;
        return x + x;
    }
    int shift = 0;
    if (field == 0) {
        x *= 0x1p64;
        shift = 64;
        field = __koito_exponent_field(x);
    }
    *exponent = field - 1022 - shift;
    return __koito_double((__koito_bits(x) & 0x800fffffffffffffu) | 0x3fe0000000000000u);
}
