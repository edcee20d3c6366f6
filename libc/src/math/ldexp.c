/* ldexp (libc, math; OS-independent): x * 2^n, rounded once. */
#include "math_impl.h"

double ldexp(double x, int n)
{
    return __koito_scale(x, n);
}
