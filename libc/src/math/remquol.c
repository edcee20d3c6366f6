/* remquol (libc, math; x86_64's x87): fprem1 (IEEE remainder), repeated
 * until complete; the last round leaves the quotient's low three bits in
 * C0 (bit 2), C3 (bit 1) and C1 (bit 0). */
#include "math_impl.h"

long double remquol(long double x, long double y, int *quo)
{
    unsigned short status;
    int negative = (x < 0) != (y < 0);
    do {
        __asm__("fprem1\n\tfnstsw %1" : "+t"(x), "=a"(status) : "u"(y));
    } while (status & 0x400);
    int q = ((status >> 8) & 1) << 2 | ((status >> 14) & 1) << 1 | ((status >> 9) & 1);
    *quo = negative ? -q : q;
    return x;
}
