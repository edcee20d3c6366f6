/*
 * powl (libc, math; OS-independent): the special cases of C17 Annex F, then
 * exp(y log|x|) with log|x| from the long double log path (any exponent),
 * y split exactly, their product in double-double and the long double
 * exponential over the whole range.
 */
#include "math_impl.h"

/* 0: y is not an integer; 1: an odd integer; 2: an even integer. */
static int integer_kind(long double y)
{
    long double a = y < 0 ? -y : y;
    if (a >= 0x1p64L) {
        return 2; /* every long double this large is even */
    }
    if (truncl(a) != a) {
        return 0;
    }
    return ((uint64_t)a & 1) ? 1 : 2;
}

long double powl(long double x, long double y)
{
    const long double infinity = __builtin_infl();
    if (y == 0 || x == 1.0L) {
        return 1.0L; /* even for NaN */
    }
    if (x != x || y != y) {
        return x + y;
    }
    int kind = integer_kind(y);
    long double ax = x < 0 ? -x : x;
    int negative = __builtin_signbit(x) != 0;
    int odd_negative = negative && kind == 1;
    if (y == infinity || y == -infinity) {
        if (ax == 1.0L) {
            return 1.0L;
        }
        return (ax > 1.0L) == (y > 0) ? infinity : 0.0L;
    }
    if (x == 0) {
        if (y < 0) {
            return (long double)__koito_divide_by_zero(odd_negative);
        }
        return odd_negative ? -0.0L : 0.0L;
    }
    if (ax == infinity) {
        long double r = y < 0 ? 0.0L : infinity;
        return odd_negative ? -r : r;
    }
    if (x < 0 && kind == 0) {
        return (long double)__koito_invalid();
    }
    __koito_dd l = __koito_log_ld(ax);
    long double r;
    if (y > 0x1p990L || y < -0x1p990L) {
        /* |log x| >= 2^-64 for x != 1, so |y log x| is beyond any range. */
        r = __koito_exp_ld(__koito_dd_make((l.hi > 0) == (y > 0) ? 1e6 : -1e6, 0));
    } else {
        r = __koito_exp_ld(__koito_dd_mul(l, __koito_ld_split(y)));
    }
    return odd_negative ? -r : r;
}
