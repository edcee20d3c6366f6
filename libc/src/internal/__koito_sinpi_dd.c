/*
 * sin(pi x) for a finite double x, the kernel of the reflection formulas of
 * lgamma and tgamma (libc, math core; OS-independent).
 *
 * sin(pi x) has period 2 and x - 2 round(x/2) is exact, so the reduction
 * loses nothing; the reduced argument is then folded to |r| <= 1/4 for sin
 * or cos of pi r, computed by the kernels with pi r in double-double.
 */
#include "math_impl.h"

__koito_dd __koito_sinpi_dd(double x)
{
    if (x >= 0x1p52 || x <= -0x1p52) {
        return __koito_dd_make(0, 0); /* every such double is an integer */
    }
    double half = x * 0.5;
    double rounded = (double)(int64_t)(half < 0 ? half - 0.5 : half + 0.5);
    double r = x - 2.0 * rounded; /* in [-1, 1], exact */
    int negative = r < 0;
    if (negative) {
        r = -r;
    }
    if (r > 0.5) {
        r = 1.0 - r; /* sin(pi r) = sin(pi (1 - r)), exact */
    }
    __koito_dd result;
    if (r <= 0.25) {
        result = __koito_sin_dd(__koito_dd_mul_d(__KOITO_DD(PI), r));
    } else {
        result = __koito_cos_dd(__koito_dd_mul_d(__KOITO_DD(PI), 0.5 - r));
    }
    return negative ? __koito_dd_neg(result) : result;
}
