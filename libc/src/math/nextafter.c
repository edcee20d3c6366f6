/*
 * nextafter (libc, math; OS-independent): one step of the bit pattern
 * towards y; overflow to infinity and a subnormal or zero result raise
 * their flags.
 */
#include "math_impl.h"

double nextafter(double x, double y)
{
    if (x != x || y != y) {
        return x + y;
    }
    if (x == y) {
        return y;
    }
    if (x == 0) {
        double r = __koito_double(1);
        __koito_underflow(0);
        return y > 0 ? r : -r;
    }
    uint64_t bits = __koito_bits(x);
    if ((x < y) == (x > 0)) {
        bits++;
    } else {
        bits--;
    }
    double r = __koito_double(bits);
    int field = __koito_exponent_field(r);
    if (field == 0x7ff) {
        __koito_overflow(0); /* the flag; the value is infinity in every rounding mode */
    }
    if (field == 0) {
        __koito_underflow(0);
    }
    return r;
}
