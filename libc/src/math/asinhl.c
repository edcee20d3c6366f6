/*
 * asinhl (libc, math; OS-independent): the double function (at the argument
 * rounded to double) up to 2^28; beyond, asinh x = log 2|x| through the
 * long double log path, which takes any exponent.
 */
#include "math_impl.h"

long double asinhl(long double x)
{
    long double a = fabsl(x);
    if (!(a > 0x1p28L) || a == __builtin_infl()) {
        return (long double)asinh((double)x); /* NaN and infinities included */
    }
    __koito_dd l = __koito_dd_add(__koito_log_ld(a), __KOITO_DD(LN2));
    long double r = __koito_ld_from_dd(l, 0);
    return x < 0 ? -r : r;
}
