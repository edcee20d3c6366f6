/*
 * atanh (libc, math; OS-independent): log((1 + x) / (1 - x)) / 2 with the
 * quotient in double-double; +-1 give +-inf (divide-by-zero), beyond them it
 * is invalid.
 */
#include "math_impl.h"

double atanh(double x)
{
    if (x != x) {
        return x + x;
    }
    double a = x < 0 ? -x : x;
    if (a > 1.0) {
        return __koito_invalid();
    }
    if (a == 1.0) {
        return __koito_divide_by_zero(x < 0);
    }
    if (a < 0x1p-27) {
        return x;
    }
    __koito_dd q = __koito_dd_div(__koito_two_sum(1.0, a), __koito_two_sum(1.0, -a));
    __koito_dd l = __koito_log_dd(q);
    return __koito_dd_value_signed(__koito_dd_make(0.5 * l.hi, 0.5 * l.lo), x < 0);
}
