/*
 * cbrt (libc, math; OS-independent): a first guess from the exponent
 * divided by three, Newton steps in double, then one last Newton step with
 * y^3 - x in double-double, which leaves the result within half an ulp
 * plus a tiny fraction.
 */
#include "math_impl.h"

double cbrt(double x)
{
    if (__koito_exponent_field(x) == 0x7ff || x == 0) {
        return x + x;
    }
    double a = x < 0 ? -x : x;
    int shift = 0;
    if (__koito_exponent_field(a) == 0) {
        a *= 0x1p54;
        shift = -18;
    }
    int e = __koito_exponent_field(a) - 1023;
    int q = e >= 0 ? e / 3 : -((-e + 2) / 3);
    double m = __koito_scale(a, -3 * q); /* in [1, 8) */
    double y = 1.0 + (m - 1.0) * 0.2;    /* crude, Newton fixes it */
    for (int i = 0; i < 7; i++) {
        y = y - (y * y * y - m) / (3.0 * y * y);
    }
    __koito_dd cube = __koito_dd_mul_d(__koito_two_prod(y, y), y);
    __koito_dd error = __koito_dd_add_d(cube, -m);
    y = y - __koito_dd_value(error) / (3.0 * y * y);
    double r = __koito_scale(y, q + shift);
    return x < 0 ? -r : r;
}
