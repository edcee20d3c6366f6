/*
 * exp of a double-double as a long double, over the whole long double
 * range (libc, math core; OS-independent): t = k ln2 + r with k ln2 in
 * double-double (|k| < 2^15, so its error is ~2^-90), exp(r) from the exp
 * kernel, then the power of two applied by the x87's fscale.
 */
#include "math_impl.h"

long double __koito_exp_ld(__koito_dd t)
{
    if (t.hi > 11357.0) {
        volatile long double huge = 0x1p16383L;
        return huge * huge; /* overflow */
    }
    if (t.hi < -11400.0) {
        volatile long double tiny = 0x1p-16382L;
        return tiny * tiny; /* underflow to zero */
    }
    double kd = t.hi * __KOITO_INV_LN2_HI;
    int k = (int)(kd < 0 ? kd - 0.5 : kd + 0.5);
    __koito_dd r = __koito_dd_add(t, __koito_dd_neg(__koito_dd_mul_d(__KOITO_DD(LN2), (double)k)));
    int m;
    __koito_dd y = __koito_exp_dd(r, &m);
    return __koito_ld_from_dd(y, k + m);
}
