/* fabs (libc, math; OS-independent): clears the sign bit. */
#include "math_impl.h"

double fabs(double x)
{
    return __koito_double(__koito_bits(x) & 0x7fffffffffffffffu);
}
