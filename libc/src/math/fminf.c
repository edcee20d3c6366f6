/* fminf (libc, math; OS-independent): as fmin. */
#include "math_impl.h"

float fminf(float x, float y)
{
    if (x != x) {
        return y;
    }
    if (y != y) {
        return x;
    }
    if (x == y) {
        return (__koito_bitsf(x) >> 31) ? x : y;
    }
    return x < y ? x : y;
}
