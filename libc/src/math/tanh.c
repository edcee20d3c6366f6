/*
 * tanh (libc, math; OS-independent): t / (t + 2) with t = e^(2|x|) - 1 from
 * the expm1 kernel (no cancellation near zero), +-1 from |x| > 20 on.
 */
#include "math_impl.h"

double tanh(double x)
{
    if (x != x) {
        return x + x;
    }
    double a = x < 0 ? -x : x;
    double r;
    if (a < 0x1p-27) {
        return x;
    }
    if (a > 20.0) {
        r = 1.0 - 0x1p-60; /* rounds to 1, inexact */
    } else {
        __koito_dd t = __koito_expm1_dd(2.0 * a);
        return __koito_dd_value_signed(__koito_dd_div(t, __koito_dd_add_d(t, 2.0)), x < 0);
    }
    return x < 0 ? -r : r;
}
