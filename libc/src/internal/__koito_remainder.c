/*
 * The exact remainder of x by y with a truncated quotient, the kernel of
 * fmod, remainder and remquo (libc, math core; OS-independent).
 *
 * With |x| = mx 2^ex and |y| = my 2^ey (integer significands), long
 * division one bit at a time over the exponent difference gives the
 * remainder, which is always exactly representable, and the quotient's low
 * bits. At most ~2100 steps (subnormal by huge).
 */
#include "math_impl.h"

/* Significand and exponent of a positive finite nonzero a: a = m * 2^e,
 * 2^52 <= m < 2^53. */
static uint64_t split(double a, int *e)
{
    uint64_t bits = __koito_bits(a);
    int field = (int)(bits >> 52);
    uint64_t m = bits & 0x000fffffffffffffu;
    if (field == 0) {
        int shift = 0;
        while (!(m & 0x0010000000000000u)) {
            m <<= 1;
            shift++;
        }
        *e = 1 - 1075 - shift;
        return m;
    }
    *e = field - 1075;
    return m | 0x0010000000000000u;
}

double __koito_remainder_truncated(double ax, double ay, unsigned *quotient)
{
    *quotient = 0;
    if (ax < ay) {
        return ax;
    }
    int ex, ey;
    uint64_t mx = split(ax, &ex);
    uint64_t my = split(ay, &ey);
    unsigned q = 0;
    for (int i = ex - ey; i > 0; i--) {
        if (mx >= my) {
            mx -= my;
            q++;
        }
        mx <<= 1;
        q <<= 1;
    }
    if (mx >= my) {
        mx -= my;
        q++;
    }
    *quotient = q;
    return mx == 0 ? 0.0 : __koito_scale((double)mx, ey);
}
