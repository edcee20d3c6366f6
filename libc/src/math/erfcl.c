/*
 * erfcl (libc, math; OS-independent): below 1.5 the double function (at the
 * argument rounded to double); from 1.5 to ~110 (long double underflows
 * much later than double) the continued fraction at the double part h of x
 * times the first-order correction for the low part l.
 */
#include "math_impl.h"

long double erfcl(long double x)
{
    if (!(x >= 1.5L)) {
        return (long double)erfc((double)x); /* NaN included */
    }
    if (x > 110.0L) {
        volatile long double tiny = 0x1p-16382L;
        return tiny * tiny; /* underflow to zero (+inf gives 0 too) */
    }
    __koito_dd s = __koito_ld_split(x);
    int m;
    __koito_dd c = __koito_erfc_large(s.hi, &m);
    /* d/dx log erfc(x) = -2K(x), K the continued fraction, whose asymptotic
     * x + 1/(2x) - 1/(4x^3) is close enough for a first-order term. */
    double h = s.hi;
    double k = h + 0.5 / h - 0.25 / (h * h * h);
    __koito_dd corrected = __koito_dd_add(c, __koito_dd_mul_d(c, -2.0 * k * s.lo));
    return __koito_ld_from_dd(corrected, m);
}
