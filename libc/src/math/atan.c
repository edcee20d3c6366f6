/*
 * atan (libc, math; OS-independent): the atan kernel on |x|, sign restored.
 */
#include "math_impl.h"

double atan(double x)
{
    if (x != x) {
        return x + x;
    }
    if (x > -0x1p-27 && x < 0x1p-27) {
        return x; /* atan x = x - x^3/3 rounds to x */
    }
    double a = x < 0 ? -x : x;
    if (a > 0x1p60) {
        double r = __KOITO_PI_2_HI + __KOITO_PI_2_LO - 1.0 / a;
        return x < 0 ? -r : r;
    }
    return __koito_dd_value_signed(__koito_atan_dd(__koito_dd_make(a, 0)), x < 0);
}
