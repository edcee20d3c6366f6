/*
 * A double-double times 2^n, rounded once (libc, math core;
 * OS-independent).
 *
 * Rounding hi + lo to a double and then scaling rounds twice when the
 * result is subnormal. Here a subnormal result is computed in units of the
 * smallest subnormal, 2^-1074, where hi and lo scale exactly: hi is rounded
 * to an integer, the exact remainder plus lo decides the final step (ties
 * to even), and the integer scales back exactly.
 */
#include "math_impl.h"

double __koito_scale_dd(__koito_dd y, int n)
{
    double rounded = y.hi + y.lo;
    int e = __koito_exponent_field(rounded);
    if (e == 0 || e == 0x7ff || e - 1023 + n >= -1022) {
        return __koito_scale(rounded, n); /* normal result: one rounding */
    }
    if (e - 1023 + n < -1080) {
        return __koito_scale(rounded, n); /* far below half the smallest subnormal: 0 */
    }
    double u = __koito_scale(y.hi, n + 1074); /* exact: |u| < 2^53 and normal */
    double ul = __koito_scale(y.lo, n + 1074);
    double q = u >= 0 ? (u + 0x1p52) - 0x1p52 : (u - 0x1p52) + 0x1p52; /* nearest integer */
    double r = (u - q) + ul;                                           /* u - q is exact */
    int odd = (int)((int64_t)q & 1);
    if (r > 0.5 || (r == 0.5 && odd)) {
        q += 1.0;
    } else if (r < -0.5 || (r == -0.5 && odd)) {
        q -= 1.0;
    }
    return __koito_scale(q, -1074);
}
