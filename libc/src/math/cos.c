/*
 * cos (libc, math; OS-independent): reduction modulo pi/2, then the cos or
 * sin kernel by quadrant.
 */
#include "math_impl.h"

double cos(double x)
{
    if (__koito_exponent_field(x) == 0x7ff) {
        return x - x;
    }
    __koito_dd r;
    switch (__koito_rem_pio2(x, &r)) {
    case 0:
        return __koito_dd_value(__koito_cos_dd(r));
    case 1:
        return __koito_dd_value_signed(__koito_sin_dd(r), 1);
    case 2:
        return __koito_dd_value_signed(__koito_cos_dd(r), 1);
    default:
        return __koito_dd_value(__koito_sin_dd(r));
    }
}
