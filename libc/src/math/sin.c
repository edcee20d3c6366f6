/*
 * sin (libc, math; OS-independent): reduction modulo pi/2, then the sin or
 * cos kernel by quadrant.
 */
#include "math_impl.h"

double sin(double x)
{
    if (__koito_exponent_field(x) == 0x7ff) {
        return x - x; /* NaN stays NaN; infinity is invalid */
    }
    if (x > -0x1p-27 && x < 0x1p-27) {
        return x; /* sin x = x - x^3/6 rounds to x */
    }
    __koito_dd r;
    switch (__koito_rem_pio2(x, &r)) {
    case 0:
        return __koito_dd_value(__koito_sin_dd(r));
    case 1:
        return __koito_dd_value(__koito_cos_dd(r));
    case 2:
        return __koito_dd_value_signed(__koito_sin_dd(r), 1);
    default:
        return __koito_dd_value_signed(__koito_cos_dd(r), 1);
    }
}
