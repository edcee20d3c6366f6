/* log10l (libc, math; OS-independent): logl's double-double times 1/ln10. */
#include "math_impl.h"

long double log10l(long double x)
{
    if (x != x || x == __builtin_infl()) {
        return x + x;
    }
    if (x == 0) {
        return (long double)__koito_divide_by_zero(1);
    }
    if (x < 0) {
        return (long double)__koito_invalid();
    }
    if (x == 1.0L) {
        return 0.0L; /* +0 in every rounding mode (C17 F.10.3) */
    }
    return __koito_ld_from_dd(__koito_dd_mul(__koito_log_ld(x), __KOITO_DD(INV_LN10)), 0);
}
