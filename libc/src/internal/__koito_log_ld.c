/*
 * log of a positive finite long double as a double-double (libc, math
 * core; OS-independent): x = m * 2^e with 1 <= m < 2 taken from the 80-bit
 * fields (so exponents beyond double's range are fine), m split exactly
 * into a double-double for the log kernel, plus e ln2.
 */
#include "math_impl.h"

__koito_dd __koito_log_ld(long double x)
{
    union __koito_ldouble v = {x};
    int field = v.parts.sign_exponent & 0x7fff;
    int e;
    if (field == 0) { /* subnormal: normalise the significand by hand */
        int shift = __builtin_clzll(v.parts.mantissa);
        v.parts.mantissa <<= shift;
        e = 1 - 16383 - shift;
    } else {
        e = field - 16383;
    }
    v.parts.sign_exponent = 16383; /* m in [1, 2) */
    __koito_dd log_m = __koito_log_dd(__koito_ld_split(v.value));
    return __koito_dd_add(__koito_dd_mul_d(__KOITO_DD(LN2), (double)e), log_m);
}
