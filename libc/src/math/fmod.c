/* fmod (libc, math; OS-independent): x - trunc(x/y) y, exactly, with x's
 * sign; invalid for infinite x or zero y. */
#include "math_impl.h"

double fmod(double x, double y)
{
    if (x != x || y != y) {
        return x + y;
    }
    double ax = fabs(x);
    double ay = fabs(y);
    if (ax == __KOITO_INF || ay == 0) {
        return __koito_invalid();
    }
    if (ay == __KOITO_INF || ax == 0) {
        return x;
    }
    unsigned q;
    double r = __koito_remainder_truncated(ax, ay, &q);
    return copysign(r, x);
}
