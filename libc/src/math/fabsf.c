/* fabsf (libc, math; OS-independent): clears the sign bit. */
#include "math_impl.h"

float fabsf(float x)
{
    return __koito_float(__koito_bitsf(x) & 0x7fffffffu);
}
