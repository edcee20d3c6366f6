/*
 * cosh (libc, math; OS-independent): (e^x + e^-x)/2 in double-double, kept
 * as a scaled value so that results near the overflow threshold come out
 * right; nothing cancels.
 */
#include "math_impl.h"

double cosh(double x)
{
    if (__koito_exponent_field(x) == 0x7ff) {
        return x * x;
    }
    double a = x < 0 ? -x : x;
    if (a < 0x1p-27) {
        return 1.0 + a * a; /* 1 + x^2/2 rounds to 1, inexact */
    }
    if (a > 711.0) {
        return __koito_overflow(0);
    }
    int m;
    __koito_dd e = __koito_exp_dd(__koito_dd_make(a, 0), &m);
    __koito_dd inverse = __koito_dd_div(__koito_dd_make(1.0, 0), e);
    double s = m < 60 ? __koito_double((uint64_t)(0x3ff - 2 * m) << 52) : 0.0;
    __koito_dd d = __koito_dd_add(e, __koito_dd_make(inverse.hi * s, inverse.lo * s));
    return __koito_scale(__koito_dd_value(d), m - 1);
}
