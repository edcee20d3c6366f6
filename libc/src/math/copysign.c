/* copysign (libc, math; OS-independent): x's magnitude with y's sign bit. */
#include "math_impl.h"

double copysign(double x, double y)
{
    return __koito_double((__koito_bits(x) & 0x7fffffffffffffffu) |
                          (__koito_bits(y) & 0x8000000000000000u));
}
