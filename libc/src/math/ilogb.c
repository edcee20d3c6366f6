/*
 * ilogb (libc, math; OS-independent): the unbiased exponent as an int;
 * FP_ILOGB0 (INT_MIN) for zero, FP_ILOGBNAN (INT_MIN) for NaN and INT_MAX
 * for infinity, each raising invalid as C17 Annex F says.
 */
#include "math_impl.h"

int ilogb(double x)
{
    int field = __koito_exponent_field(x);
    if (field == 0x7ff || x == 0) {
        __koito_invalid();
        if (field == 0x7ff && x == x) {
            return 0x7fffffff;
        }
        return -0x7fffffff - 1;
    }
    if (field == 0) {
        return __koito_exponent_field(x * 0x1p64) - 1023 - 64;
    }
    return field - 1023;
}
