/* logb (libc, math; OS-independent): the unbiased exponent as a double;
 * -inf with divide-by-zero for zero, +inf for infinity. */
#include "math_impl.h"

double logb(double x)
{
    int field = __koito_exponent_field(x);
    if (field == 0x7ff) {
        return x * x;
    }
    if (x == 0) {
        return __koito_divide_by_zero(1);
    }
    if (field == 0) {
        return (double)(__koito_exponent_field(x * 0x1p64) - 1023 - 64);
    }
    return (double)(field - 1023);
}
