/*
 * exp of a double-double, the kernel of exp, exp2, pow, the hyperbolic
 * functions, erf and tgamma (libc, math core; OS-independent).
 *
 * x = k * ln2/32 + r with |r| <= ln2/64, k = 32m + j, so
 * exp(x) = 2^m * 2^(j/32) * exp(r). ln2/32 is held in three parts, the first
 * two short enough that k times them is exact, so r is found to about 2^-110.
 * exp(r) - 1 = r + r^2/2 + ... : the first two terms in double-double, the
 * rest (below 2^-21 relative) in double; the series stops at r^7, whose
 * successor is below 2^-61 relative.
 */
#include "math_impl.h"

__koito_dd __koito_exp_dd(__koito_dd x, int *exponent)
{
    double t = x.hi * (32.0 * __KOITO_INV_LN2_HI);
    int k = (int)(t < 0 ? t - 0.5 : t + 0.5);
    double kd = (double)k;

    /* x.hi - k*A is exact (Sterbenz), k*A and k*B are exact products. */
    __koito_dd r = __koito_two_sum(x.hi - kd * __KOITO_LN2_32_A, -kd * __KOITO_LN2_32_B);
    r = __koito_dd_add_d(r, x.lo - kd * __KOITO_LN2_32_C);

    double h = r.hi;
    __koito_dd square = __koito_two_prod(h, h);
    __koito_dd head = __koito_dd_add(r, __koito_dd_make(square.hi * 0.5, square.lo * 0.5));
    double tail =
        h * h * h *
            (1.0 / 6 +
             h * (1.0 / 24 + h * (1.0 / 120 + h * (1.0 / 720 + h * (1.0 / 5040 + h / 40320))))) +
        h * r.lo;
    __koito_dd p = __koito_dd_add_d(head, tail);

    int j = k & 31;
    __koito_dd table = __koito_dd_make(__koito_exp_table[j][0], __koito_exp_table[j][1]);
    *exponent = (k - j) / 32;
    return __koito_dd_add(table, __koito_dd_mul(table, p));
}

double __koito_exp_round(__koito_dd x, int negative)
{
    if (x.hi > 709.8) {
        return __koito_overflow(negative);
    }
    if (x.hi < -745.2) {
        return __koito_underflow(negative);
    }
    int m;
    __koito_dd y = __koito_exp_dd(x, &m);
    return __koito_scale_dd(negative ? __koito_dd_neg(y) : y, m);
}
