/*
 * asinh (libc, math; OS-independent): log(|x| + sqrt(x^2 + 1)) with the sum
 * in double-double, so small x (where the log argument is near 1) keeps its
 * relative accuracy; log(2|x|) once x^2 + 1 is x^2.
 */
#include "math_impl.h"

double asinh(double x)
{
    if (__koito_exponent_field(x) == 0x7ff) {
        return x + x;
    }
    double a = x < 0 ? -x : x;
    if (a < 0x1p-27) {
        return x;
    }
    if (a > 0x1p28) {
        __koito_dd l = __koito_log_dd(__koito_dd_make(a, 0));
        return __koito_dd_value_signed(__koito_dd_add(l, __KOITO_DD(LN2)), x < 0);
    }
    __koito_dd square = __koito_dd_add_d(__koito_two_prod(a, a), 1.0);
    __koito_dd sum = __koito_dd_add_d(__koito_dd_sqrt(square), a);
    return __koito_dd_value_signed(__koito_log_dd(sum), x < 0);
}
