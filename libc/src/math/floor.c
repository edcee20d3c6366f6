/* floor (libc, math; OS-independent): trunc, one lower for negative x with
 * a fraction. */
#include "math_impl.h"

double floor(double x)
{
    double t = trunc(x);
    return (x < 0 && t != x) ? t - 1.0 : t;
}
