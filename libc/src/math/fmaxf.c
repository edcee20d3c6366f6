/* fmaxf (libc, math; OS-independent): as fmax. */
#include "math_impl.h"

float fmaxf(float x, float y)
{
    if (x != x) {
        return y;
    }
    if (y != y) {
        return x;
    }
    if (x == y) {
        return (__koito_bitsf(x) >> 31) ? y : x;
    }
    return x > y ? x : y;
}
