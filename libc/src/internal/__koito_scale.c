/*
 * x * 2^n with one rounding (libc, math core; OS-independent).
 *
 * 2^n is a double only for -1022 <= n <= 1023, so larger steps are taken
 * first; the only inexact step is the last one, and it rounds once even when
 * the result is subnormal, because the steps before it stay normal.
 */
#include "math_impl.h"

double __koito_scale(double x, int n)
{
    if (n > 1023) {
        x *= 0x1p1023;
        n -= 1023;
        if (n > 1023) {
            x *= 0x1p1023;
            n -= 1023;
            if (n > 1023) {
                n = 1023;
            }
        }
    } else if (n < -1022) {
        /* 2^-969 = 2^-1022 * 2^53: keeps a normal x normal. */
        x *= 0x1p-969;
        n += 969;
        if (n < -1022) {
            x *= 0x1p-969;
            n += 969;
            if (n < -1022) {
                n = -1022;
            }
        }
    }
    return x * __koito_double((uint64_t)(0x3ff + n) << 52);
}
