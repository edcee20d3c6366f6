/*
 * erfc(x) for 1.5 <= x <= ~110 as a double-double, the kernel of erfc, erf
 * and erfcl (libc, math core; OS-independent).
 *
 * The continued fraction
 *   erfc(x) = exp(-x^2) / (sqrt(pi) K),  K = x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))
 * converges fast for large x: 20 + 240/x^2 levels reach 2^-62 from 1.5 on
 * (125 levels at 1.5, 35 at 4; measured with mpmath). Evaluated from the
 * bottom up in double-double. The result
 * may be tiny (erfc(27) ~ 2^-1060): it is returned as y * 2^exponent.
 */
#include "math_impl.h"

__koito_dd __koito_erfc_large(double x, int *exponent)
{
    __koito_dd k = __koito_dd_make(x, 0);
    int levels = 20 + (int)(240.0 / (x * x));
    for (int level = levels; level >= 1; level--) {
        k = __koito_dd_add_d(__koito_dd_div(__koito_dd_make(level * 0.5, 0), k), x);
    }
    /* exp(-x^2) with the power of two taken out first (x^2 reaches 12,000
     * for erfcl), so the exp kernel sees a small argument. */
    __koito_dd x2 = __koito_two_prod(x, x);
    double powers = (double)(int64_t)(x2.hi * __KOITO_INV_LN2_HI + 0.5);
    __koito_dd r = __koito_dd_add(__koito_dd_neg(x2), __koito_dd_mul_d(__KOITO_DD(LN2), powers));
    __koito_dd e = __koito_exp_dd(r, exponent);
    *exponent -= (int)powers;
    __koito_dd q = __koito_dd_div(e, k);
    return __koito_dd_mul(q, __KOITO_DD(INV_SQRT_PI));
}
