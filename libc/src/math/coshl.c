/*
 * coshl (libc, math; OS-independent): below 1, cosh(h + l) = cosh(h) +
 * l sinh(h) with h the argument's double part; from 1 on, (E + 1/E)/2 with
 * E = e^|x| from the long double exponential (nothing cancels); beyond 23,
 * e^(|x| - ln2) alone, over the whole long double range.
 */
#include "math_impl.h"

long double coshl(long double x)
{
    long double a = fabsl(x);
    if (a != a) {
        return x + x;
    }
    if (a < 1.0L) {
        __koito_dd s = __koito_ld_split(a);
        return (long double)cosh(s.hi) + (long double)(s.lo * sinh(s.hi));
    }
    if (a > 20000.0L) {
        a = 20000.0L; /* overflows all the same */
    }
    if (a > 23.0L) {
        return __koito_exp_ld(__koito_dd_add(__koito_ld_split(a), __koito_dd_neg(__KOITO_DD(LN2))));
    }
    long double e = __koito_exp_ld(__koito_ld_split(a));
    return (e + 1.0L / e) * 0.5L;
}
