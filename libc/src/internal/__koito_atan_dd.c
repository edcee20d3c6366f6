/*
 * atan of a non-negative double-double, the kernel of atan, atan2, asin
 * and acos (libc, math core; OS-independent).
 *
 * Above 1, atan(x) = pi/2 - atan(1/x). On [0, 1], with c = j/8 the nearest
 * eighth, atan(t) = atan(c) + atan(u), u = (t - c) / (1 + t c), |u| <= 1/16
 * (the table holds atan(j/8) to 106 bits). atan(u) = u - u^3/3 + ... : u in
 * double-double, the rest (below 0.2% of it) in double, up to u^17 (the next
 * term is below 2^-72 relative).
 */
#include "math_impl.h"

__koito_dd __koito_atan_dd(__koito_dd x)
{
    int inverted = x.hi > 1.0;
    __koito_dd t = inverted ? __koito_dd_div(__koito_dd_make(1.0, 0), x) : x;
    int j = (int)(t.hi * 8.0 + 0.5);
    __koito_dd u = t;
    if (j != 0) {
        double c = j * 0.125;
        __koito_dd numerator = __koito_dd_add_d(t, -c);
        __koito_dd denominator = __koito_dd_add_d(__koito_dd_mul_d(t, c), 1.0);
        u = __koito_dd_div(numerator, denominator);
    }
    double h = u.hi;
    double z = h * h;
    /* -u^3/3 + u^5/5 - ... - u^15/15 + u^17/17, by Horner in z. */
    double s = 1.0 / 17;
    for (int k = 7; k >= 1; k--) {
        double coefficient = 1.0 / (2 * k + 1);
        s = ((k & 1) ? -coefficient : coefficient) + z * s;
    }
    double tail = h * z * s + u.lo * -z;
    __koito_dd result = __koito_dd_add_d(u, tail);
    if (j != 0) {
        result = __koito_dd_add(__koito_dd_make(__koito_atan_table[j][0], __koito_atan_table[j][1]),
                                result);
    }
    if (inverted) {
        result = __koito_dd_add(__KOITO_DD(PI_2), __koito_dd_neg(result));
    }
    return result;
}
