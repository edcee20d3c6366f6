/* scalbnl (libc, math; x86_64's x87): fscale, one rounding; n beyond
 * +-40000 over- or underflows every long double already. */
#include "math_impl.h"

long double scalbnl(long double x, int n)
{
    long double scale = (long double)(n > 40000 ? 40000 : n < -40000 ? -40000 : n);
    __asm__("fscale" : "+t"(x) : "u"(scale));
    return x;
}
