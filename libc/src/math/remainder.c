/* remainder (libc, math; OS-independent): remquo without the quotient. */
#include "math_impl.h"

double remainder(double x, double y)
{
    int quo;
    return remquo(x, y, &quo);
}
