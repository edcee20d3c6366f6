/* fmin (libc, math; OS-independent): the smaller; a NaN loses to a number;
 * -0 is smaller than +0 (IEEE 754-2019 minimumNumber). */
#include "math_impl.h"

double fmin(double x, double y)
{
    if (x != x) {
        return y;
    }
    if (y != y) {
        return x;
    }
    if (x == y) {
        return (__koito_bits(x) >> 63) ? x : y;
    }
    return x < y ? x : y;
}
