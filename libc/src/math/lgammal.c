/*
 * lgammal (libc, math; OS-independent): for positive x the lgamma kernel on
 * the exactly split argument (x (log x - 1) beyond 2^990, any exponent);
 * for negative x the double function (at the argument rounded to double).
 */
#include "math_impl.h"

long double lgammal(long double x)
{
    if (!(x > 0) || x == __builtin_infl() || x == 1.0L || x == 2.0L) {
        return (long double)lgamma((double)x); /* NaN, infinity, poles, x < 0, 1, 2 */
    }
    if (x > 0x1p990L) {
        __koito_dd l = __koito_dd_add_d(__koito_log_ld(x), -1.0);
        return x * __koito_ld_from_dd(l, 0);
    }
    return __koito_ld_from_dd(__koito_lgamma_dd(__koito_ld_split(x)), 0);
}
