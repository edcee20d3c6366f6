/*
 * fmaf (libc, math; OS-independent): x*y is exact in double; the sum with z
 * is rounded to odd (an inexact sum gets its lowest bit set), after which
 * rounding to float is the correctly rounded result (round-to-odd keeps
 * enough information for any narrower rounding).
 */
#include "math_impl.h"

float fmaf(float x, float y, float z)
{
    double p = (double)x * (double)y;
    __koito_dd s = __koito_two_sum(p, (double)z);
    if (s.lo != 0 && __koito_exponent_field(s.hi) != 0x7ff) {
        uint64_t bits = __koito_bits(s.hi);
        if (!(bits & 1)) {
            /* Move one ulp towards the exact sum: that ulp is odd. */
            int towards_larger_magnitude = (s.lo > 0) == (s.hi > 0);
            bits = towards_larger_magnitude ? bits + 1 : bits - 1;
            s.hi = __koito_double(bits);
        }
    }
    return (float)s.hi;
}
