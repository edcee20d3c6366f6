/*
 * nextafterl (libc, math; OS-independent): one step of the 80-bit pattern
 * towards y. The significand has an explicit integer bit, so crossing a
 * binade or the subnormal boundary moves the exponent by hand.
 */
#include "math_impl.h"

long double nextafterl(long double x, long double y)
{
    if (x != x || y != y) {
        return x + y;
    }
    if (x == y) {
        return y;
    }
    union __koito_ldouble v = {x};
    if (x == 0) {
        v.parts.mantissa = 1;
        v.parts.sign_exponent = y > 0 ? 0 : 0x8000;
        __koito_underflow(0);
        return v.value;
    }
    uint16_t sign = v.parts.sign_exponent & 0x8000;
    int field = v.parts.sign_exponent & 0x7fff;
    uint64_t m = v.parts.mantissa;
    if ((x < y) == (x > 0)) { /* away from zero */
        m++;
        if (m == 0) { /* 0xffff... + 1: next binade */
            m = 0x8000000000000000u;
            field++;
        } else if (field == 0 && (m & 0x8000000000000000u)) {
            field = 1; /* the smallest normal */
        }
    } else { /* towards zero */
        if (m == 0x8000000000000000u && field > 1) {
            m = 0xffffffffffffffffu;
            field--;
        } else if (m == 0x8000000000000000u && field == 1) {
            m = 0x7fffffffffffffffu;
            field = 0;
        } else {
            m--;
        }
    }
    v.parts.mantissa = m;
    v.parts.sign_exponent = (uint16_t)(sign | field);
    if (field == 0x7fff) {
        __koito_overflow(0); /* the flag; the value is infinity in every rounding mode */
    }
    if (field == 0) {
        __koito_underflow(0);
    }
    return v.value;
}
