/*
 * hypot (libc, math; OS-independent): sqrt(x^2 + y^2) with the sum of
 * squares in double-double and one correcting Newton step, after scaling
 * both by a power of two so nothing overflows or underflows; infinity wins
 * over NaN as C17 Annex F says.
 */
#include "math_impl.h"

double hypot(double x, double y)
{
    double a = fabs(x); /* also +0 for -0 */
    double b = fabs(y);
    if (a == __KOITO_INF || b == __KOITO_INF) {
        return __KOITO_INF;
    }
    if (a != a || b != b) {
        return a + b;
    }
    if (a < b) {
        double t = a;
        a = b;
        b = t;
    }
    if (b == 0) {
        return a;
    }
    int ea = __koito_exponent_field(a) - 1023;
    if (ea - (__koito_exponent_field(b) - 1023) > 60) {
        return a + b; /* b^2 is below half an ulp of a^2 */
    }
    /* Squares stay clear of overflow and of the subnormal range. */
    int shift = ea < -450 ? 600 : ea > 450 ? -600 : 0;
    a = __koito_scale(a, shift);
    b = __koito_scale(b, shift);
    __koito_dd sum = __koito_dd_add(__koito_two_prod(a, a), __koito_two_prod(b, b));
    return __koito_scale(__koito_dd_value(__koito_dd_sqrt(sum)), -shift);
}
