/*
 * tgammal (libc, math; OS-independent): for positive x, exp(lgamma(x))
 * with both kernels in double-double and the long double exponential, so
 * the whole range up to ~1755 is covered; for negative x the double
 * function (at the argument rounded to double, underflowing below -184).
 */
#include "math_impl.h"

long double tgammal(long double x)
{
    if (!(x > 0) || x == __builtin_infl()) {
        return (long double)tgamma((double)x); /* NaN, infinity, zeros, x < 0 */
    }
    if (x > 1800.0L) {
        return __koito_exp_ld(__koito_dd_make(1e6, 0)); /* overflow */
    }
    return __koito_exp_ld(__koito_lgamma_dd(__koito_ld_split(x)));
}
