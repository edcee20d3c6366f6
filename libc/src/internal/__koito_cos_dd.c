/*
 * cos of a reduced argument, |r| <= ~pi/4, as a double-double (libc, math
 * core; OS-independent).
 *
 * cos(r) = 1 - r^2/2 + r^4/24 - ... : 1 - r^2/2 in double-double (it may
 * cancel down to 0.7), the rest (below 1.6% of the result) in double, up to
 * r^20 (the next term is below 2^-70 relative). The low half of r enters
 * through cos(h + l) = cos(h) - l sin(h), sin(h) ~ h.
 */
#include "math_impl.h"

__koito_dd __koito_cos_dd(__koito_dd r)
{
    double h = r.hi;
    __koito_dd square = __koito_two_prod(h, h);
    __koito_dd head = __koito_dd_add_d(__koito_dd_make(-0.5 * square.hi, -0.5 * square.lo), 1.0);
    double z = square.hi;
    double c = 1.0 / 24;
    double coefficients[9]; /* (-1)^k / (2k)! for k = 2..10 */
    for (int k = 2; k <= 10; k++) {
        coefficients[k - 2] = (k & 1) ? -c : c;
        c /= (double)((2 * k + 1) * (2 * k + 2));
    }
    double t = coefficients[8];
    for (int k = 7; k >= 0; k--) {
        t = coefficients[k] + z * t;
    }
    double tail = z * z * t - h * r.lo;
    return __koito_dd_add_d(head, tail);
}
