/* llroundl (libc, math; x86_64's x87): as lroundl. */
#include "math_impl.h"

long long llroundl(long double x)
{
    long double r = roundl(x);
    long long v;
    __asm__("fistpll %0" : "=m"(v) : "t"(r) : "st");
    return v;
}
