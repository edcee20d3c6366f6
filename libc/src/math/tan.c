/*
 * tan (libc, math; OS-independent): sin/cos of the reduced argument in
 * double-double, or -cos/sin in the odd quadrants.
 */
#include "math_impl.h"

double tan(double x)
{
    if (__koito_exponent_field(x) == 0x7ff) {
        return x - x;
    }
    if (x > -0x1p-27 && x < 0x1p-27) {
        return x;
    }
    __koito_dd r;
    int n = __koito_rem_pio2(x, &r);
    __koito_dd s = __koito_sin_dd(r);
    __koito_dd c = __koito_cos_dd(r);
    if (n & 1) {
        return __koito_dd_value_signed(__koito_dd_div(c, s), 1);
    }
    return __koito_dd_value(__koito_dd_div(s, c));
}
