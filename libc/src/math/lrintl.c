/* lrintl (libc, math; x86_64's x87): fistp, in the x87 rounding mode;
 * out of range it stores LONG_MIN and raises invalid. */
#include "math_impl.h"

long lrintl(long double x)
{
    long r;
    __asm__("fistpll %0" : "=m"(r) : "t"(x) : "st");
    return r;
}
