/*
 * expm1 (libc, math; OS-independent): the expm1 kernel, which keeps full
 * relative accuracy near zero; -1 below -40, exp above 40.
 */
#include "math_impl.h"

double expm1(double x)
{
    if (x != x) {
        return x + x;
    }
    if (x > -0x1p-54 && x < 0x1p-54) {
        return x;
    }
    if (x < -40.0) {
        return -1.0 + 0x1p-60; /* exp(x) is below half an ulp of 1 */
    }
    if (x > 40.0) {
        return x == __KOITO_INF ? x : __koito_exp_round(__koito_dd_make(x, 0), 0);
    }
    return __koito_dd_value(__koito_expm1_dd(x));
}
