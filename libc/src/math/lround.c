/*
 * lround (libc, math; x86_64's SSE2): round, then the truncating
 * conversion, which gives LONG_MIN and raises invalid out of range.
 */
#include "math_impl.h"

long lround(double x)
{
    double r = round(x);
    long v;
    __asm__("cvttsd2si %1, %0" : "=r"(v) : "x"(r));
    return v;
}
