/* fmax (libc, math; OS-independent): the larger; a NaN loses to a number;
 * +0 is larger than -0 (IEEE 754-2019 maximumNumber). */
#include "math_impl.h"

double fmax(double x, double y)
{
    if (x != x) {
        return y;
    }
    if (y != y) {
        return x;
    }
    if (x == y) {
        return (__koito_bits(x) >> 63) ? y : x;
    }
    return x > y ? x : y;
}
