/*
 * erf (libc, math; OS-independent): the positive series up to 4, then
 * 1 - erfc(x) from the continued fraction; erf is odd.
 */
#include "math_impl.h"

double erf(double x)
{
    if (x != x) {
        return x + x;
    }
    double a = x < 0 ? -x : x;
    double r;
    if (a < 0x1p-60) {
        /* 2x/sqrt(pi); scaled so that subnormal x loses nothing. */
        r = (a * 0x1p60 * __KOITO_TWO_OVER_SQRT_PI_HI) * 0x1p-60;
    } else if (a < 4.0) {
        return __koito_dd_value_signed(__koito_erf_series(a), x < 0);
    } else if (a < 6.0) {
        int m;
        __koito_dd c = __koito_erfc_large(a, &m);
        double s = __koito_double((uint64_t)(0x3ff + m) << 52);
        return __koito_dd_value_signed(__koito_dd_add_d(__koito_dd_make(-c.hi * s, -c.lo * s), 1.0),
                                       x < 0);
    } else {
        r = 1.0 - 0x1p-60; /* erfc(6) < 2^-55: rounds to 1, inexact */
    }
    return x < 0 ? -r : r;
}
