/* modf (libc, math; OS-independent): integral part by trunc, the fraction
 * is the exact difference, both with x's sign. */
#include "math_impl.h"

double modf(double x, double *integral)
{
    double t = trunc(x);
    *integral = t;
    if (__koito_exponent_field(x) == 0x7ff && x == x) {
        return copysign(0.0, x); /* infinity: no fraction */
    }
    return copysign(x - t, x);
}
