/*
 * acosh (libc, math; OS-independent): log(x + sqrt((x - 1)(x + 1))) in
 * double-double; log(2x) once x^2 - 1 is x^2. Below 1 it is invalid.
 */
#include "math_impl.h"

double acosh(double x)
{
    if (x != x || x == __KOITO_INF) {
        return x + x;
    }
    if (x < 1.0) {
        return __koito_invalid();
    }
    if (x == 1.0) {
        return 0.0; /* +0 in every rounding mode (C17 F.10.2.1) */
    }
    if (x > 0x1p28) {
        __koito_dd l = __koito_log_dd(__koito_dd_make(x, 0));
        return __koito_dd_value(__koito_dd_add(l, __KOITO_DD(LN2)));
    }
    __koito_dd product = __koito_dd_mul(__koito_two_sum(x, -1.0), __koito_two_sum(x, 1.0));
    __koito_dd sum = __koito_dd_add_d(__koito_dd_sqrt(product), x);
    return __koito_dd_value(__koito_log_dd(sum));
}
