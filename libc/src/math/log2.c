/*
 * log2 (libc, math; OS-independent): log(x) / ln2 in double-double, which
 * is exact for powers of two.
 */
#include "math_impl.h"

double log2(double x)
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
    __koito_dd l = __koito_log_dd(__koito_dd_make(x, 0));
    return __koito_dd_value(__koito_dd_mul(l, __KOITO_DD(INV_LN2)));
}
