/*
 * log1p (libc, math; OS-independent): the log kernel on 1 + x formed exactly
 * as a double-double, so small x keeps its full relative accuracy.
 */
#include "math_impl.h"

double log1p(double x)
{
    if (x != x || x == __KOITO_INF) {
        return x + x;
    }
    if (x == -1.0) {
        return __koito_divide_by_zero(1);
    }
    if (x < -1.0) {
        return __koito_invalid();
    }
    if (x > -0x1p-54 && x < 0x1p-54) {
        return x; /* log1p x = x - x^2/2 rounds to x */
    }
    return __koito_dd_value(__koito_log_dd(__koito_two_sum(1.0, x)));
}
