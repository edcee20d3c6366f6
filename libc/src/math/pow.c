/*
 * pow (libc, math; OS-independent): the special cases of C17 Annex F, then
 * exp(y log|x|) with log|x| in double-double (relative error ~2^-66) times y
 * in double-double, so even results near the overflow threshold, where the
 * exponent is ~710, stay within an ulp; exact results come out exact.
 */
#include "math_impl.h"

/* 0: y is not an integer; 1: an odd integer; 2: an even integer. */
static int integer_kind(double y)
{
    double a = y < 0 ? -y : y;
    if (a >= 0x1p53) {
        return 2; /* every double this large is even */
    }
    double truncated = (double)(int64_t)a;
    if (truncated != a) {
        return 0;
    }
    return ((int64_t)a & 1) ? 1 : 2;
}

double pow(double x, double y)
{
    if (y == 0 || x == 1.0) {
        return 1.0; /* even for NaN */
    }
    if (x != x || y != y) {
        return x + y;
    }
    int kind = integer_kind(y);
    double ax = x < 0 ? -x : x;
    int negative = x < 0 || (x == 0 && (__koito_bits(x) >> 63));
    int odd_negative = negative && kind == 1;
    if (y == __KOITO_INF || y == -__KOITO_INF) {
        if (ax == 1.0) {
            return 1.0;
        }
        return (ax > 1.0) == (y > 0) ? __KOITO_INF : 0.0;
    }
    if (x == 0) {
        if (y < 0) {
            return __koito_divide_by_zero(odd_negative);
        }
        return odd_negative ? -0.0 : 0.0;
    }
    if (ax == __KOITO_INF) {
        double r = y < 0 ? 0.0 : __KOITO_INF;
        return odd_negative ? -r : r;
    }
    if (x < 0 && kind == 0) {
        return __koito_invalid();
    }
    __koito_dd l = __koito_log_dd(__koito_dd_make(ax, 0));
    double estimate = l.hi * y;
    if (estimate > 800.0) {
        return __koito_overflow(odd_negative);
    }
    if (estimate < -800.0) {
        return __koito_underflow(odd_negative);
    }
    /* |y| can be huge while |log x| is tiny; scale y so the split in the
     * product cannot overflow. */
    __koito_dd t;
    if (y > 0x1p900 || y < -0x1p900) {
        t = __koito_dd_mul_d(__koito_dd_make(l.hi * 0x1p100, l.lo * 0x1p100), y * 0x1p-100);
    } else {
        t = __koito_dd_mul_d(l, y);
    }
    return __koito_exp_round(t, odd_negative);
}
