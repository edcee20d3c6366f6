/*
 * acos (libc, math; OS-independent): acos x = atan(sqrt(1 - x^2) / x), moved
 * to (pi/2, pi] for negative x, with 1 - x^2 = (1 - x)(1 + x) in
 * double-double.
 */
#include "math_impl.h"

double acos(double x)
{
    double a = x < 0 ? -x : x;
    if (x != x) {
        return x + x;
    }
    if (a > 1.0) {
        return __koito_invalid();
    }
    if (x == 1.0) {
        return 0.0;
    }
    if (x == -1.0) {
        return __KOITO_PI_HI + __KOITO_PI_LO;
    }
    if (a < 0x1p-60) {
        return __KOITO_PI_2_HI + (__KOITO_PI_2_LO - x);
    }
    __koito_dd one_minus = __koito_two_sum(1.0, -a);
    __koito_dd one_plus = __koito_two_sum(1.0, a);
    __koito_dd root = __koito_dd_sqrt(__koito_dd_mul(one_minus, one_plus));
    __koito_dd angle = __koito_atan_dd(__koito_dd_div(root, __koito_dd_make(a, 0)));
    if (x < 0) {
        angle = __koito_dd_add(__KOITO_DD(PI), __koito_dd_neg(angle));
    }
    return __koito_dd_value(angle);
}
