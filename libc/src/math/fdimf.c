/* fdimf (libc, math; OS-independent): x - y if positive, else +0. */
#include "math_impl.h"

float fdimf(float x, float y)
{
    if (x != x || y != y) {
        return x + y;
    }
    return x > y ? x - y : 0.0f;
}
