/* nearbyintl (libc, math; x86_64's x87): frndint with the x87 environment
 * saved and restored around it, so no inexact flag is left behind. */
#include "math_impl.h"

long double nearbyintl(long double x)
{
    unsigned char environment[28];
    __asm__ volatile("fnstenv %0" : "=m"(environment));
    __asm__ volatile("frndint" : "+t"(x));
    __asm__ volatile("fldenv %0" : : "m"(environment));
    return x;
}
