/*
 * log (libc, math; OS-independent): the log kernel, rounded once;
 * log(0) = -inf (divide-by-zero), log of a negative number is invalid.
 */
#include "math_impl.h"

double log(double x)
{
    if (x != x || x == __KOITO_INF) {
        return x + x;
    }
    if (x == 0) {
        return __koito_divide_by_zero(1);
    }
    if (x < 0) {
        return __koito_invalid();
    }
    if (x == 1.0) {
        return 0.0;
    }
    return __koito_dd_value(__koito_log_dd(__koito_dd_make(x, 0)));
}
