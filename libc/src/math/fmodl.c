/* fmodl (libc, math; x86_64's x87): fprem, repeated until complete (it
 * reduces at most 63 exponent steps per round); exact. */
#include "math_impl.h"

long double fmodl(long double x, long double y)
{
    unsigned short status;
    do {
        __asm__("fprem\n\tfnstsw %1" : "+t"(x), "=a"(status) : "u"(y));
    } while (status & 0x400); /* C2: partial remainder */
    return x;
}
