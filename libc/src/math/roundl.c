/* roundl (libc, math; OS-independent): halfway cases away from zero. */
#include "math_impl.h"

long double roundl(long double x)
{
    long double t = truncl(x);
    long double f = x - t;
    if (f >= 0.5L) {
        return t + 1.0L;
    }
    if (f <= -0.5L) {
        return t - 1.0L;
    }
    return t;
}
