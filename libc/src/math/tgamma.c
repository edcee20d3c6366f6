/*
 * tgamma (libc, math; OS-independent): exp(lgamma(x)) for x > 0, with the
 * logarithm in double-double so the exponentiation keeps the accuracy; for
 * x < 0 the reflection gamma(x) = pi / (sin(pi x) gamma(1 - x)), also in
 * the log domain so huge gamma(1 - x) underflows the result gracefully.
 * Zero gives +-inf (divide-by-zero); negative integers and -inf are invalid.
 */
#include "math_impl.h"

double tgamma(double x)
{
    if (x != x || x == __KOITO_INF) {
        return x + x;
    }
    if (x == 0) {
        return __koito_divide_by_zero(__koito_bits(x) >> 63);
    }
    if (x == -__KOITO_INF) {
        return __koito_invalid();
    }
    if (x > 0) {
        if (x > 172.0) {
            return __koito_overflow(0);
        }
        return __koito_exp_round(__koito_lgamma_dd(__koito_dd_make(x, 0)), 0);
    }
    __koito_dd s = __koito_sinpi_dd(x);
    if (s.hi == 0) {
        return __koito_invalid(); /* a negative integer */
    }
    int negative = s.hi < 0;
    if (x < -190.0) {
        return __koito_underflow(negative);
    }
    if (negative) {
        s = __koito_dd_neg(s);
    }
    __koito_dd l = __koito_dd_add(__KOITO_DD(LOG_PI), __koito_dd_neg(__koito_log_dd(s)));
    l = __koito_dd_add(l, __koito_dd_neg(__koito_lgamma_dd(__koito_two_sum(1.0, -x))));
    return __koito_exp_round(l, negative);
}
