/*
 * asin (libc, math; OS-independent): asin x = atan(x / sqrt(1 - x^2)), with
 * 1 - x^2 = (1 - x)(1 + x) and the square root in double-double, so nothing
 * is lost near |x| = 1.
 */
#include "math_impl.h"

double asin(double x)
{
    double a = x < 0 ? -x : x;
    if (x != x) {
        return x + x;
    }
    if (a > 1.0) {
        return __koito_invalid();
    }
    if (a < 0x1p-27) {
        return x; /* asin x = x + x^3/6 rounds to x */
    }
    if (a == 1.0) {
        return __koito_dd_value_signed(__KOITO_DD(PI_2), x < 0);
    }
    __koito_dd one_minus = __koito_two_sum(1.0, -a);
    __koito_dd one_plus = __koito_two_sum(1.0, a);
    __koito_dd root = __koito_dd_sqrt(__koito_dd_mul(one_minus, one_plus));
    return __koito_dd_value_signed(__koito_atan_dd(__koito_dd_div(__koito_dd_make(a, 0), root)),
                                   x < 0);
}
