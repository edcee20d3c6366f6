/* scalbln (libc, math; OS-independent): x * 2^n; any n beyond +-4000
 * already overflows or underflows every double. */
#include "math_impl.h"

double scalbln(double x, long n)
{
    int clamped = n > 4000 ? 4000 : n < -4000 ? -4000 : (int)n;
    return __koito_scale(x, clamped);
}
