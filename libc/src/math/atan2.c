/*
 * atan2 (libc, math; OS-independent): the special cases of C17 Annex F, then
 * atan(|y/x|) with |y/x| in double-double (both scaled first so the division
 * neither overflows nor underflows), placed in the right quadrant.
 */
#include "math_impl.h"

static double quadrant(__koito_dd angle, int x_negative, int y_negative)
{
    if (x_negative) {
        angle = __koito_dd_add(__KOITO_DD(PI), __koito_dd_neg(angle));
    }
    return __koito_dd_value_signed(angle, y_negative);
}

/* The unbiased binary exponent of a positive finite a. */
static int exponent_of(double a)
{
    int field = __koito_exponent_field(a);
    if (field == 0) {
        return __koito_exponent_field(a * 0x1p54) - 1023 - 54;
    }
    return field - 1023;
}

double atan2(double y, double x)
{
    if (x != x || y != y) {
        return x + y;
    }
    int x_negative = __koito_bits(x) >> 63;
    int y_negative = __koito_bits(y) >> 63;
    double ax = x_negative ? -x : x;
    double ay = y_negative ? -y : y;
    __koito_dd zero = __koito_dd_make(0, 0);
    if (ay == 0) {
        return quadrant(zero, x_negative, y_negative); /* +-0 or +-pi */
    }
    if (ax == 0) {
        return quadrant(__KOITO_DD(PI_2), 0, y_negative);
    }
    if (ax == __KOITO_INF) {
        if (ay == __KOITO_INF) {
            return quadrant(__KOITO_DD(PI_4), x_negative, y_negative);
        }
        return quadrant(zero, x_negative, y_negative);
    }
    if (ay == __KOITO_INF) {
        return quadrant(__KOITO_DD(PI_2), 0, y_negative);
    }
    int ex = exponent_of(ax);
    int ey = exponent_of(ay);
    if (ey - ex > 60) { /* |y/x| > 2^60: pi/2 less a negligible angle */
        return quadrant(__koito_dd_add_d(__KOITO_DD(PI_2), -(ax / ay)), x_negative, y_negative);
    }
    if (ex - ey > 60) { /* |y/x| < 2^-60: atan(t) = t to within t^3/3 */
        return quadrant(__koito_dd_make(ay / ax, 0), x_negative, y_negative);
    }
    /* Bring x near 1 and scale y by the same power of two. */
    int shift = -ex;
    double sx = __koito_scale(ax, shift);
    double sy = __koito_scale(ay, shift);
    __koito_dd ratio = __koito_dd_div(__koito_dd_make(sy, 0), __koito_dd_make(sx, 0));
    return quadrant(__koito_atan_dd(ratio), x_negative, y_negative);
}
