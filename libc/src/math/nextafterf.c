/* nextafterf (libc, math; OS-independent): one step of the bit pattern
 * towards y, raising overflow or underflow as nextafter does. */
#include "math_impl.h"

float nextafterf(float x, float y)
{
    if (x != x || y != y) {
        return x + y;
    }
    if (x == y) {
        return y;
    }
    if (x == 0) {
        __koito_underflow(0);
        return y > 0 ? __koito_float(1) : -__koito_float(1);
    }
    uint32_t bits = __koito_bitsf(x);
    bits = ((x < y) == (x > 0)) ? bits + 1 : bits - 1;
    float r = __koito_float(bits);
    uint32_t field = bits >> 23 & 0xff;
    if (field == 0xff) {
        __koito_overflow(0);
    } else if (field == 0) {
        __koito_underflow(0);
    }
    return r;
}
