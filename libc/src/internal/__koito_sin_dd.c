/*
 * sin of a reduced argument, |r| <= ~pi/4, as a double-double (libc, math
 * core; OS-independent).
 *
 * sin(r) = r - r^3/6 + r^5/120 - ... : r and r^3/6 in double-double, the
 * rest (below 0.3% of the result) in double, up to r^19 (the next term is
 * below 2^-62 relative). The low half of r enters through
 * sin(h + l) = sin(h) + l cos(h), cos(h) ~ 1 - h^2/2.
 */
#include "math_impl.h"

__koito_dd __koito_sin_dd(__koito_dd r)
{
    double h = r.hi;
    __koito_dd square = __koito_two_prod(h, h);
    __koito_dd cube = __koito_dd_mul_d(square, h);
    __koito_dd head =
        __koito_dd_add(r, __koito_dd_neg(__koito_dd_mul(cube, __KOITO_DD(ONE_SIXTH))));
    double z = square.hi;
    double c = 1.0 / 120;
    /* Coefficients (-1)^k / (2k+1)! for k = 2..9, built once per call from
     * the previous one; their rounding is far below the tail's weight. */
    double coefficients[8];
    for (int k = 2; k <= 9; k++) {
        coefficients[k - 2] = (k & 1) ? -c : c;
        c /= (double)((2 * k + 2) * (2 * k + 3));
    }
    double t = coefficients[7];
    for (int k = 6; k >= 0; k--) {
        t = coefficients[k] + z * t;
    }
    double tail = cube.hi * z * t - r.lo * z * 0.5;
    return __koito_dd_add_d(head, tail);
}
