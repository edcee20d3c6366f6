/* round (libc, math; OS-independent): to nearest, halfway cases away from
 * zero; x - trunc(x) is exact. */
#include "math_impl.h"

double round(double x)
{
    double t = trunc(x);
    double f = x - t;
    if (f >= 0.5) {
        return t + 1.0;
    }
    if (f <= -0.5) {
        return t - 1.0;
    }
    return t;
}
