/*
 * acoshl (libc, math; OS-independent): the double function (at the argument
 * rounded to double) up to 2^28; beyond, acosh x = log 2x through the
 * long double log path, which takes any exponent.
 */
#include "math_impl.h"

long double acoshl(long double x)
{
    if (!(x > 0x1p28L) || x == __builtin_infl()) {
        return (long double)acosh((double)x); /* NaN, infinity and x < 1 included */
    }
    return __koito_ld_from_dd(__koito_dd_add(__koito_log_ld(x), __KOITO_DD(LN2)), 0);
}
