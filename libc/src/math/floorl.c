/* floorl (libc, math; OS-independent): truncl, one lower for negative x
 * with a fraction. */
#include "math_impl.h"

long double floorl(long double x)
{
    long double t = truncl(x);
    return (x < 0 && t != x) ? t - 1.0L : t;
}
