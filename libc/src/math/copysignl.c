/* copysignl (libc, math; OS-independent): x's magnitude with y's sign. */
#include "math_impl.h"

long double copysignl(long double x, long double y)
{
    union __koito_ldouble vx = {x};
    union __koito_ldouble vy = {y};
    vx.parts.sign_exponent =
        (uint16_t)((vx.parts.sign_exponent & 0x7fff) | (vy.parts.sign_exponent & 0x8000));
    return vx.value;
}
