/*
 * erfc(x) for x >= 1.5 as a double-double, the kernel of erfc and erf
 * (libc, math core; OS-independent).
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
    __koito_dd x2 = __koito_two_prod(x, x);
    __koito_dd e = __koito_exp_dd(__koito_dd_neg(x2), exponent);
    __koito_dd q = __koito_dd_div(e, k);
    return __koito_dd_mul(q, __KOITO_DD(INV_SQRT_PI));
}
