/*
 * sqrtf (libc, math; x86_64's SSE): the sqrtss instruction, correctly
 * rounded.
 */
#include "math_impl.h"

float sqrtf(float x)
{
    float r;
    __asm__("sqrtss %1, %0" : "=x"(r) : "x"(x));
    return r;
}
