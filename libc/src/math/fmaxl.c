/* fmaxl (libc, math; OS-independent): as fmax. */
#include "math_impl.h"

long double fmaxl(long double x, long double y)
{
    if (x != x) {
        return y;
    }
    if (y != y) {
        return x;
    }
    if (x == y) {
        return __builtin_signbit(x) ? y : x;
    }
    return x > y ? x : y;
}
