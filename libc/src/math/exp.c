/*
 * exp (libc, math; OS-independent): the exp kernel, rounded once; overflow
 * above ln(DBL_MAX), underflow below ln(2^-1075).
 */
#include "math_impl.h"

double exp(double x)
{
    if (x != x) {
        return x + x;
    }
    if (x == __KOITO_INF) {
        return x;
    }
    if (x == -__KOITO_INF) {
        return 0.0;
    }
    if (x > -0x1p-54 && x < 0x1p-54) {
        return 1.0 + x;
    }
    return __koito_exp_round(__koito_dd_make(x, 0), 0);
}
