/*
 * lrint (libc, math; x86_64's SSE2): cvtsd2si rounds in the current mode
 * and, out of range, gives LONG_MIN and raises invalid, as C17 Annex F
 * allows.
 */
#include "math_impl.h"

long lrint(double x)
{
    long r;
    __asm__("cvtsd2si %1, %0" : "=r"(r) : "x"(x));
    return r;
}
