/*
 * expm1l (libc, math; OS-independent): near zero the expm1 kernel at the
 * double part of x plus the low part's first-order term
 * (expm1(h + l) = expm1(h) + l e^h); further out exp(x) - 1 in
 * double-double; from 45 on, expl (the 1 is below half an ulp).
 */
#include "math_impl.h"

long double expm1l(long double x)
{
    if (x != x || x == __builtin_infl()) {
        return x + x;
    }
    if (x > -0x1p-65L && x < 0x1p-65L) {
        return x;
    }
    if (x < -45.0L) {
        return -1.0L + 0x1p-70L; /* rounds to -1, inexact */
    }
    if (x > 45.0L) {
        return expl(x);
    }
    __koito_dd s = __koito_ld_split(x);
    if (x > -0.34L && x < 0.34L) {
        __koito_dd e = __koito_expm1_dd(s.hi);
        return __koito_ld_from_dd(__koito_dd_add_d(e, s.lo * (1.0 + e.hi)), 0);
    }
    int m;
    __koito_dd y = __koito_exp_dd(s, &m);
    double scale = __koito_double((uint64_t)(0x3ff + m) << 52);
    __koito_dd v = __koito_dd_add_d(__koito_dd_make(y.hi * scale, y.lo * scale), -1.0);
    return __koito_ld_from_dd(v, 0);
}
