/* trunc (libc, math; OS-independent): clears the fraction bits. */
#include "math_impl.h"

double trunc(double x)
{
    uint64_t bits = __koito_bits(x);
    int e = (int)(bits >> 52 & 0x7ff) - 1023;
    if (e >= 52) {
        return x; /* integral, infinite or NaN */
    }
    if (e < 0) {
        return __koito_double(bits & 0x8000000000000000u);
    }
    return __koito_double(bits & ~(0x000fffffffffffffu >> e));
}
