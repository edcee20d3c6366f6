/*
 * erfc (libc, math; OS-independent): 1 - erf(x) in double-double below 1.5
 * (erf is accurate to ~2^-62 absolute and erfc(1.5) ~ 2^-5, so the relative
 * error stays ~2^-57), the continued fraction from 1.5 up, 2 - erfc(-x) for
 * negative x.
 */
#include "math_impl.h"

double erfc(double x)
{
    if (x != x) {
        return x + x;
    }
    if (x == __KOITO_INF) {
        return 0.0;
    }
    if (x == -__KOITO_INF) {
        return 2.0;
    }
    double a = x < 0 ? -x : x;
    __koito_dd tail; /* erfc(|x|) */
    int m = 0;
    if (a < 0x1p-60) {
        return 1.0 - x;
    }
    if (a > 27.3) {
        tail = __koito_dd_make(0, 0);
    } else if (a < 1.5) {
        tail = __koito_dd_add_d(__koito_dd_neg(__koito_erf_series(a)), 1.0);
    } else {
        tail = __koito_erfc_large(a, &m);
    }
    if (x < 0) {
        __koito_dd scaled = __koito_dd_make(-__koito_scale(tail.hi, m), -__koito_scale(tail.lo, m));
        return __koito_dd_value(__koito_dd_add_d(scaled, 2.0));
    }
    if (a > 27.3) {
        return __koito_underflow(0);
    }
    return __koito_scale_dd(tail, m);
}
