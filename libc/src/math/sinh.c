/*
 * sinh (libc, math; OS-independent): the odd Taylor series below 1 (no
 * cancellation), (e^x - e^-x)/2 in double-double above, kept as a scaled
 * value so that results near the overflow threshold come out right.
 */
#include "math_impl.h"

double sinh(double x)
{
    if (__koito_exponent_field(x) == 0x7ff) {
        return x + x;
    }
    double a = x < 0 ? -x : x;
    double r;
    if (a < 0x1p-27) {
        return x;
    }
    if (a < 1.0) {
        /* x + x^3/3! + ... + x^21/21!; the tail is below 17% of the result. */
        double z = a * a;
        double c = 1.0;
        double coefficients[10];
        for (int k = 1; k <= 10; k++) {
            c /= (double)((2 * k) * (2 * k + 1));
            coefficients[k - 1] = c;
        }
        double t = coefficients[9];
        for (int k = 8; k >= 1; k--) {
            t = coefficients[k] + z * t;
        }
        __koito_dd cube = __koito_dd_mul_d(__koito_two_prod(a, a), a);
        __koito_dd third = __koito_dd_mul(cube, __KOITO_DD(ONE_SIXTH));
        r = __koito_dd_value(__koito_dd_add_d(__koito_dd_add_d(third, a), a * z * z * t));
    } else if (a > 711.0) {
        return __koito_overflow(x < 0); /* signed before the rounding, as the mode wants */
    } else {
        int m;
        __koito_dd e = __koito_exp_dd(__koito_dd_make(a, 0), &m);
        /* e^a/2 - e^-a/2 = 2^(m-1) (e - 2^(-2m) / e) */
        __koito_dd inverse = __koito_dd_div(__koito_dd_make(1.0, 0), e);
        double s = m < 60 ? __koito_double((uint64_t)(0x3ff - 2 * m) << 52) : 0.0;
        __koito_dd d =
            __koito_dd_add(e, __koito_dd_neg(__koito_dd_make(inverse.hi * s, inverse.lo * s)));
        /* The sign before the rounding: a directed mode rounds each sign its own way. */
        return __koito_scale(__koito_dd_value(x < 0 ? __koito_dd_neg(d) : d), m - 1);
    }
    return x < 0 ? -r : r;
}
