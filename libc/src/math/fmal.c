/*
 * fmal (libc, math; x86_64's 80-bit long double): x*y + z with the product
 * exact as a pair of long doubles (Dekker's product with Veltkamp's split
 * at 32 bits, for the 64-bit significand), then added to z with an exact
 * two-sum. The result is within an ulp of the exact value, though not
 * always the correctly rounded one (the last addition can round twice).
 * Values beyond 2^16000 in magnitude fall back to the plain expression,
 * where the split would overflow.
 */
#include "math_impl.h"

long double fmal(long double x, long double y, long double z)
{
    long double ax = x < 0 ? -x : x;
    long double ay = y < 0 ? -y : y;
    if (!(ax < 0x1p16000L && ay < 0x1p16000L) || x == 0 || y == 0) {
        return x * y + z; /* infinities, NaNs, zeros and the largest values */
    }
    const long double splitter = 4294967297.0L; /* 2^32 + 1 */
    long double p = x * y;
    long double cx = splitter * x;
    long double xh = cx - (cx - x);
    long double xl = x - xh;
    long double cy = splitter * y;
    long double yh = cy - (cy - y);
    long double yl = y - yh;
    long double e = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl; /* p + e = x*y */
    long double s = p + z;
    long double bb = s - p;
    long double t = (p - (s - bb)) + (z - bb); /* s + t = p + z */
    return s + (t + e);
}
