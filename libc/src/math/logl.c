/*
 * logl (libc, math; OS-independent): the log kernel on the exactly split
 * long double, any exponent; about 2^-66 relative before the final
 * rounding to 64 bits.
 */
#include "math_impl.h"

long double logl(long double x)
{
    if (x != x || x == __builtin_infl()) {
        return x + x;
    }
    if (x == 0) {
        return (long double)__koito_divide_by_zero(1);
    }
    if (x < 0) {
        return (long double)__koito_invalid();
    }
    if (x == 1.0L) {
        return 0.0L;
    }
    return __koito_ld_from_dd(__koito_log_ld(x), 0);
}
