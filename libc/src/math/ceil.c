/* ceil (libc, math; OS-independent): trunc, one higher for positive x with
 * a fraction. */
#include "math_impl.h"

double ceil(double x)
{
    double t = trunc(x);
    return (x > 0 && t != x) ? t + 1.0 : t;
}
