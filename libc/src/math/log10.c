/*
 * log10 (libc, math; OS-independent): log(x) / ln10 in double-double, which
 * is exact for the powers of ten that are doubles.
 */
#include "math_impl.h"

double log10(double x)
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
        return 0.0; /* +0 in every rounding mode (C17 F.10.3) */
    }
    __koito_dd l = __koito_log_dd(__koito_dd_make(x, 0));
    return __koito_dd_value(__koito_dd_mul(l, __KOITO_DD(INV_LN10)));
}
