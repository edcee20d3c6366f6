/*
 * rint (libc, math; OS-independent): rounds in the current rounding mode by
 * adding and removing 2^52, where a double has no fraction bits left; the
 * sign of a zero result is x's.
 */
#include "math_impl.h"

double rint(double x)
{
    double a = x < 0 ? -x : x;
    if (!(a < 0x1p52)) {
        return x;
    }
    double r = x >= 0 ? (x + 0x1p52) - 0x1p52 : (x - 0x1p52) + 0x1p52;
    return __koito_double((__koito_bits(r) & 0x7fffffffffffffffu) |
                          (__koito_bits(x) & 0x8000000000000000u));
}
