/*
 * sinhl (libc, math; OS-independent): below 1, sinh(h + l) = sinh(h) +
 * l cosh(h) with h the argument's double part; from 1 on, (E - 1/E)/2 with
 * E = e^|x| from the long double exponential (1/E is below a seventh of
 * E); beyond 23, e^(|x| - ln2) alone, over the whole long double range.
 */
#include "math_impl.h"

long double sinhl(long double x)
{
    long double a = fabsl(x);
    if (a != a) {
        return x + x;
    }
    long double r;
    if (a < 1.0L) {
        __koito_dd s = __koito_ld_split(a);
        r = (long double)sinh(s.hi) + (long double)(s.lo * cosh(s.hi));
    } else if (a > 23.0L) {
        if (a > 20000.0L) {
            a = 20000.0L; /* overflows all the same */
        }
        r = __koito_exp_ld(__koito_dd_add(__koito_ld_split(a), __koito_dd_neg(__KOITO_DD(LN2))));
    } else {
        long double e = __koito_exp_ld(__koito_ld_split(a));
        r = (e - 1.0L / e) * 0.5L;
    }
    return x < 0 ? -r : r;
}
