/* ilogbl (libc, math; OS-independent): as ilogb for long double. */
#include "math_impl.h"

int ilogbl(long double x)
{
    union __koito_ldouble v = {x};
    int field = v.parts.sign_exponent & 0x7fff;
    if (field == 0x7fff || x == 0) {
        __koito_invalid();
        if (field == 0x7fff && x == x) {
            return 0x7fffffff;
        }
        return -0x7fffffff - 1;
    }
    if (field == 0) {
        return 63 - __builtin_clzll(v.parts.mantissa) - 16382 - 63;
    }
    return field - 16383;
}
