/* nexttowardl (libc, math; OS-independent): nextafterl (the types agree). */
#include "math_impl.h"

long double nexttowardl(long double x, long double y)
{
    return nextafterl(x, y);
}
