/*
 * sqrtl (libc, math; x86_64's x87): the fsqrt instruction, correctly rounded
 * to the x87 precision control (64-bit significand, the default).
 */
#include "math_impl.h"

long double sqrtl(long double x)
{
    __asm__("fsqrt" : "+t"(x));
    return x;
}
