/* ceill (libc, math; OS-independent): truncl, one higher for positive x
 * with a fraction. */
#include "math_impl.h"

long double ceill(long double x)
{
    long double t = truncl(x);
    return (x > 0 && t != x) ? t + 1.0L : t;
}
