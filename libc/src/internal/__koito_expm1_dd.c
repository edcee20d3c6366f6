/*
 * exp(x) - 1 as a double-double for |x| <= 40, the kernel of expm1 and tanh
 * (libc, math core; OS-independent).
 *
 * Near zero exp(x) - 1 cancels, so for |x| < ln2/2 it is the Taylor series
 * x + x^2/2 + x^3/6 + ... with the first two terms in double-double and the
 * rest (at most 2% of the result) in double, up to x^17 (the next term is
 * below 2^-78 relative). Further out exp(x) has no cancellation to fear and
 * the exp kernel is used.
 */
#include "math_impl.h"

__koito_dd __koito_expm1_dd(double x)
{
    if (x > -0.3465 && x < 0.3465) {
        __koito_dd square = __koito_two_prod(x, x);
        __koito_dd head = __koito_dd_add_d(__koito_dd_make(square.hi * 0.5, square.lo * 0.5), x);
        /* 1/n! for n = 3..17; their rounding errors are far below what the
         * tail contributes to the result. */
        double inverse_factorial[15];
        double c = 0.5;
        for (int n = 3; n <= 17; n++) {
            c /= n;
            inverse_factorial[n - 3] = c;
        }
        double t = inverse_factorial[14];
        for (int n = 16; n >= 3; n--) {
            t = inverse_factorial[n - 3] + x * t;
        }
        return __koito_dd_add_d(head, x * x * x * t);
    }
    int m;
    __koito_dd y = __koito_exp_dd(__koito_dd_make(x, 0), &m);
    double scale = __koito_double((uint64_t)(0x3ff + m) << 52);
    return __koito_dd_add_d(__koito_dd_make(y.hi * scale, y.lo * scale), -1.0);
}
