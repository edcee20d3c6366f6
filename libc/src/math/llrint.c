/* llrint (libc, math; x86_64's SSE2): as lrint; long long is long. */
#include "math_impl.h"

long long llrint(double x)
{
    long long r;
    __asm__("cvtsd2si %1, %0" : "=r"(r) : "x"(x));
    return r;
}
