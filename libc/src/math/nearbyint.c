/*
 * nearbyint (libc, math; x86_64's SSE): rint without the inexact flag: the
 * SSE status word (MXCSR) is saved around it and restored.
 */
#include "math_impl.h"

double nearbyint(double x)
{
    uint32_t saved;
    __asm__ volatile("stmxcsr %0" : "=m"(saved));
    double r = rint(x);
    __asm__ volatile("ldmxcsr %0" : : "m"(saved));
    return r;
}
