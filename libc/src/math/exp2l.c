/*
 * exp2l (libc, math; OS-independent): x = k + f with k the nearest
 * integer (exact), 2^f = exp(f ln2) with f ln2 in double-double, and 2^k
 * applied exactly; integer x gives an exact power of two.
 */
#include "math_impl.h"

long double exp2l(long double x)
{
    if (x != x || x == __builtin_infl()) {
        return x + x;
    }
    if (x == -__builtin_infl()) {
        return 0.0L;
    }
    if (x > 20000.0L) {
        x = 20000.0L; /* overflows all the same */
    } else if (x < -20000.0L) {
        x = -20000.0L;
    }
    long double k = roundl(x);
    __koito_dd f = __koito_dd_mul(__koito_ld_split(x - k), __KOITO_DD(LN2));
    int m;
    __koito_dd y = __koito_exp_dd(f, &m);
    return __koito_ld_from_dd(y, m + (int)k);
}
