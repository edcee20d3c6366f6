/* scalblnl (libc, math; OS-independent): scalbnl with a long exponent. */
#include "math_impl.h"

long double scalblnl(long double x, long n)
{
    return scalbnl(x, n > 40000 ? 40000 : n < -40000 ? -40000 : (int)n);
}
