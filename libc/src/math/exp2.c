/*
 * exp2 (libc, math; OS-independent): exp(x ln2) with x ln2 in double-double;
 * an integer x gives its power of two directly, exact in every rounding mode
 * (through the double-double it comes out exact only when rounding to
 * nearest).
 */
#include "math_impl.h"

double exp2(double x)
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
    if (x > 1100.0) {
        return __koito_overflow(0);
    }
    if (x < -1100.0) {
        return __koito_underflow(0);
    }
    if (x == (double)(int)x) {
        return __koito_scale(1.0, (int)x);
    }
    __koito_dd product = __koito_dd_mul_d(__KOITO_DD(LN2), x);
    return __koito_exp_round(product, 0);
}
