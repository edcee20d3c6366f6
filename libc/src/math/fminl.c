/* fminl (libc, math; OS-independent): as fmin. */
#include "math_impl.h"

long double fminl(long double x, long double y)
{
    if (x != x) {
        return y;
    }
    if (y != y) {
        return x;
    }
    if (x == y) {
        return __builtin_signbit(x) ? x : y;
    }
    return x < y ? x : y;
}
