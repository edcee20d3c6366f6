/* nexttoward (libc, math; OS-independent): nextafter towards a long double. */
#include "math_impl.h"

double nexttoward(double x, long double y)
{
    if (x != x || y != y) {
        return x + (double)y;
    }
    if ((long double)x == y) {
        return (double)y;
    }
    return nextafter(x, (long double)x < y ? __KOITO_INF : -__KOITO_INF);
}
