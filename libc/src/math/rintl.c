/* rintl (libc, math; x86_64's x87): frndint, in the x87 rounding mode. */
#include "math_impl.h"

long double rintl(long double x)
{
    __asm__("frndint" : "+t"(x));
    return x;
}
