/* llround (libc, math; x86_64's SSE2): as lround; long long is long. */
#include "math_impl.h"

long long llround(double x)
{
    double r = round(x);
    long long v;
    __asm__("cvttsd2si %1, %0" : "=r"(v) : "x"(r));
    return v;
}
