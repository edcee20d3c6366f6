/* nexttowardf (libc, math; OS-independent): nextafterf towards a long double. */
#include "math_impl.h"

float nexttowardf(float x, long double y)
{
    if (x != x || y != y) {
        return x + (float)y;
    }
    if ((long double)x == y) {
        return (float)y;
    }
    return nextafterf(x, (long double)x < y ? __KOITO_INFF : -__KOITO_INFF);
}
