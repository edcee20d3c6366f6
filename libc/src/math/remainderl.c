/* remainderl (libc, math; OS-independent): remquol without the quotient. */
#include "math_impl.h"

long double remainderl(long double x, long double y)
{
    int quo;
    return remquol(x, y, &quo);
}
