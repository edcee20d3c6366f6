/*
 * log(gamma(x)) for x > 0 given as a double-double, the kernel of lgamma
 * and tgamma (libc, math core; OS-independent).
 *
 * Around the zeros at 1 and 2 the Taylor series of lgamma(1 + e) and
 * lgamma(2 + e) (coefficients from zeta values, in the generated table) keep
 * full relative accuracy. Between 2.75 and 12, gamma(x) = (x-1)...(x-n)
 * gamma(x-n) brings x back to [1.75, 2.75). From 12 up, Stirling's series
 * (x - 1/2) log x - x + log(2 pi)/2 + sum B2k / (2k (2k-1) x^(2k-1)), whose
 * ninth correction term is below 2^-60 of the result there. Below 1/2,
 * lgamma(x) = lgamma(1 + x) - log(x).
 */
#include "math_impl.h"

/* sum_{k=1..terms} c[k-1] e^k in double-double, by Horner. */
static __koito_dd series(const double (*c)[2], int terms, __koito_dd e)
{
    __koito_dd acc = __koito_dd_make(c[terms - 1][0], c[terms - 1][1]);
    for (int k = terms - 2; k >= 0; k--) {
        acc = __koito_dd_add(__koito_dd_mul(acc, e), __koito_dd_make(c[k][0], c[k][1]));
    }
    return __koito_dd_mul(acc, e);
}

static __koito_dd around_one(__koito_dd e)
{
    return series(__koito_lgamma1_coefficients, __KOITO_LGAMMA1_TERMS, e);
}

static __koito_dd around_two(__koito_dd e)
{
    return series(__koito_lgamma2_coefficients, __KOITO_LGAMMA2_TERMS, e);
}

static __koito_dd stirling(__koito_dd x)
{
    /* B2k / (2k (2k-1)) for k = 1..9 */
    static const double corrections[9] = {
        1.0 / 12,        -1.0 / 360, 1.0 / 1260,       -1.0 / 1680,      1.0 / 1188,
        -691.0 / 360360, 1.0 / 156,  -3617.0 / 122400, 43867.0 / 244188,
    };
    __koito_dd log_x = __koito_log_dd(x);
    __koito_dd result = __koito_dd_mul(__koito_dd_add_d(x, -0.5), log_x);
    result = __koito_dd_add(result, __koito_dd_neg(x));
    result = __koito_dd_add(result, __KOITO_DD(HALF_LOG_2PI));
    double inverse = 1.0 / x.hi;
    double z = inverse * inverse;
    double sum = corrections[8];
    for (int k = 7; k >= 0; k--) {
        sum = corrections[k] + z * sum;
    }
    return __koito_dd_add_d(result, sum * inverse);
}

__koito_dd __koito_lgamma_dd(__koito_dd x)
{
    double h = x.hi;
    if (h < 0x1p-70) {
        return __koito_dd_neg(__koito_log_dd(x));
    }
    if (h <= 0.5) {
        return __koito_dd_add(around_one(x), __koito_dd_neg(__koito_log_dd(x)));
    }
    if (h <= 1.5) {
        return around_one(__koito_dd_add_d(x, -1.0));
    }
    if (h <= 2.75) {
        return around_two(__koito_dd_add_d(x, -2.0));
    }
    if (h < 12.0) {
        int n = (int)(h - 1.75);
        __koito_dd product = __koito_dd_add_d(x, -1.0);
        for (int k = 2; k <= n; k++) {
            product = __koito_dd_mul(product, __koito_dd_add_d(x, -(double)k));
        }
        __koito_dd reduced = __koito_dd_add_d(x, -(double)(n + 2));
        return __koito_dd_add(around_two(reduced), __koito_log_dd(product));
    }
    return stirling(x);
}
