/* llrintl (libc, math; x86_64's x87): as lrintl. */
#include "math_impl.h"

long long llrintl(long double x)
{
    long long r;
    __asm__("fistpll %0" : "=m"(r) : "t"(x) : "st");
    return r;
}
