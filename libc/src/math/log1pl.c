/*
 * log1pl (libc, math; OS-independent): a short series below 2^-24, the log
 * kernel on 1 + x formed as a double-double up to 2^70, and beyond, where
 * 1 no longer matters, logl's path, which takes any exponent.
 */
#include "math_impl.h"

long double log1pl(long double x)
{
    if (x != x || x == __builtin_infl()) {
        return x + x;
    }
    if (x == -1.0L) {
        return (long double)__koito_divide_by_zero(1);
    }
    if (x < -1.0L) {
        return (long double)__koito_invalid();
    }
    if (x > -0x1p-65L && x < 0x1p-65L) {
        return x;
    }
    if (x > -0x1p-24L && x < 0x1p-24L) {
        /* x - x^2/2 + x^3/3 - x^4/4: x's 64 bits may not fit beside 1 in a
         * double-double, so small x takes the series (next term < 2^-120). */
        long double x2 = x * x;
        return x - x2 * (0.5L - x * (1.0L / 3 - x * 0.25L));
    }
    if (x > 0x1p70L) {
        return __koito_ld_from_dd(__koito_log_ld(x), 0);
    }
    __koito_dd sum = __koito_dd_add(__koito_dd_make(1.0, 0), __koito_ld_split(x));
    return __koito_ld_from_dd(__koito_log_dd(sum), 0);
}
