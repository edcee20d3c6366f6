/*
 * erf(x) for 0 <= x <= 6 as a double-double, the kernel of erf and erfc
 * (libc, math core; OS-independent).
 *
 * erf(x) = 2/sqrt(pi) exp(-x^2) sum_{n>=0} (2x^2)^n x / (1 3 5 ... (2n+1)).
 * Every term is positive, so nothing cancels; the terms rise until
 * 2n+3 ~ 2x^2 and then fall geometrically. Summed in double-double until a
 * term no longer changes the sum (at most ~130 terms at x = 6).
 */
#include "math_impl.h"

__koito_dd __koito_erf_series(double x)
{
    __koito_dd x2 = __koito_two_prod(x, x);
    __koito_dd twice_x2 = __koito_dd_make(2.0 * x2.hi, 2.0 * x2.lo);
    __koito_dd term = __koito_dd_make(x, 0);
    __koito_dd sum = term;
    for (int n = 0; n < 400; n++) {
        term = __koito_dd_div(__koito_dd_mul(term, twice_x2), __koito_dd_make(2 * n + 3, 0));
        sum = __koito_dd_add(sum, term);
        if (term.hi <= sum.hi * 0x1p-110) {
            break;
        }
    }
    int m;
    __koito_dd e = __koito_exp_dd(__koito_dd_neg(x2), &m);
    __koito_dd result = __koito_dd_mul(__koito_dd_mul(e, sum), __KOITO_DD(TWO_OVER_SQRT_PI));
    double scale = __koito_double((uint64_t)(0x3ff + m) << 52);
    return __koito_dd_make(result.hi * scale, result.lo * scale);
}
