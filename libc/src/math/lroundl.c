/* lroundl (libc, math; x86_64's x87): roundl, then fistp (exact on an
 * integral value; LONG_MIN and invalid out of range). */
#include "math_impl.h"

long lroundl(long double x)
{
    long double r = roundl(x);
    long v;
    __asm__("fistpll %0" : "=m"(v) : "t"(r) : "st");
    return v;
}
