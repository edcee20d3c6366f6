/*
 * cbrtl (libc, math; OS-independent): x = m 2^(3q) with m in [1, 8) taken
 * from the 80-bit fields (any exponent), cbrt(m) from the double function,
 * one Newton step in long double to reach the 64-bit significand, and 2^q
 * applied exactly.
 */
#include "math_impl.h"

long double cbrtl(long double x)
{
    if (x != x || x == 0 || x == __builtin_infl() || x == -__builtin_infl()) {
        return x + x;
    }
    long double a = x < 0 ? -x : x;
    int e = ilogbl(a);
    int q = e >= 0 ? e / 3 : -((-e + 2) / 3);
    long double m = scalbnl(a, -3 * q);
    long double y = (long double)cbrt((double)m);
    y = y - (y * y * y - m) / (3.0L * y * y);
    y = scalbnl(y, q);
    return x < 0 ? -y : y;
}
