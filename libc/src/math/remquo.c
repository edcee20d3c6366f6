/*
 * remquo (libc, math; OS-independent): x - n y with n = x/y rounded to the
 * nearest integer, ties to even, exactly; *quo gets n's sign and its low
 * three bits.
 */
#include "math_impl.h"

double remquo(double x, double y, int *quo)
{
    *quo = 0;
    if (x != x || y != y) {
        return x + y;
    }
    double ax = fabs(x);
    double ay = fabs(y);
    if (ax == __KOITO_INF || ay == 0) {
        return __koito_invalid();
    }
    if (ay == __KOITO_INF) {
        return x;
    }
    unsigned q;
    double r = __koito_remainder_truncated(ax, ay, &q);
    /* Round the quotient to nearest: compare r with ay - r (no overflow). */
    if (r > ay - r || (r == ay - r && (q & 1))) {
        r -= ay;
        q++;
    }
    int n = (int)(q & 7);
    *quo = (__koito_bits(x) ^ __koito_bits(y)) >> 63 ? -n : n;
    return (__koito_bits(x) >> 63) ? -r : r;
}
