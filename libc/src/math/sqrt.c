/*
 * sqrt (libc, math; OS-independent but x86_64's SSE2): the sqrtsd
 * instruction, which IEEE 754 makes correctly rounded in the current
 * rounding mode, invalid for negative x.
 */
#include "math_impl.h"

double sqrt(double x)
{
    double r;
    __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
    return r;
}
