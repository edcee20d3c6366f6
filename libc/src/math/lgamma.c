/*
 * lgamma (libc, math; OS-independent): log|gamma(x)|. For x > 0 the lgamma
 * kernel; for x < 0 the reflection
 *   log|gamma(x)| = log(pi) - log|sin(pi x)| - lgamma(1 - x)
 * with 1 - x exact as a double-double. Near the zeros of lgamma on the
 * negative axis that difference cancels and the relative error grows (see
 * the manual). Poles (zero, negative integers) give +inf with
 * divide-by-zero.
 */
#include "math_impl.h"

/* x (log x - 1) for x > 2^990, where the other terms are below an ulp, in
 * double-double with x scaled down so the product's split cannot
 * overflow; the result overflows from about 2^1014 on. */
static double huge(double x)
{
    __koito_dd l = __koito_dd_add_d(__koito_log_dd(__koito_dd_make(x, 0)), -1.0);
    return __koito_scale(__koito_dd_value(__koito_dd_mul_d(l, x * 0x1p-100)), 100);
}

double lgamma(double x)
{
    if (x != x) {
        return x + x;
    }
    if (x == __KOITO_INF || x == -__KOITO_INF) {
        return __KOITO_INF;
    }
    if (x == 0) {
        return __koito_divide_by_zero(0);
    }
    if (x == 1.0 || x == 2.0) {
        return 0.0; /* +0 in every rounding mode (C17 F.10.5.3) */
    }
    if (x > 0) {
        if (x > 0x1p990) {
            return huge(x);
        }
        return __koito_dd_value(__koito_lgamma_dd(__koito_dd_make(x, 0)));
    }
    if (x > -0x1p-70) {
        return __koito_dd_value(__koito_log_dd(__koito_dd_make(-x, 0))) * -1.0;
    }
    __koito_dd s = __koito_sinpi_dd(x);
    if (s.hi == 0) {
        return __koito_divide_by_zero(0); /* a negative integer: a pole */
    }
    if (s.hi < 0) {
        s = __koito_dd_neg(s);
    }
    __koito_dd r = __koito_dd_add(__KOITO_DD(LOG_PI), __koito_dd_neg(__koito_log_dd(s)));
    r = __koito_dd_add(r, __koito_dd_neg(__koito_lgamma_dd(__koito_two_sum(1.0, -x))));
    return __koito_dd_value(r);
}
