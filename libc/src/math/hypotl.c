/*
 * hypotl (libc, math; OS-independent): both scaled by the same power of
 * two to near 1 (any exponents), sqrt(a^2 + b^2) in long double, scaled
 * back; infinity wins over NaN as C17 Annex F says.
 */
#include "math_impl.h"

long double hypotl(long double x, long double y)
{
    long double a = fabsl(x);
    long double b = fabsl(y);
    if (a == __builtin_infl() || b == __builtin_infl()) {
        return __builtin_infl();
    }
    if (a != a || b != b) {
        return a + b;
    }
    if (a < b) {
        long double t = a;
        a = b;
        b = t;
    }
    if (b == 0) {
        return a;
    }
    int e = ilogbl(a);
    if (e - ilogbl(b) > 70) {
        return a + b; /* b^2 is below half an ulp of a^2 */
    }
    a = scalbnl(a, -e);
    b = scalbnl(b, -e);
    return scalbnl(sqrtl(a * a + b * b), e);
}
