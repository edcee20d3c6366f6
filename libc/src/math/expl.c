/* expl (libc, math; OS-independent): the exp kernel on the exactly split
 * long double, over the whole long double range. */
#include "math_impl.h"

long double expl(long double x)
{
    if (x != x || x == __builtin_infl()) {
        return x + x;
    }
    if (x == -__builtin_infl()) {
        return 0.0L;
    }
    if (x > 20000.0L || x < -20000.0L) {
        return __koito_exp_ld(__koito_dd_make(x > 0 ? 20000.0 : -20000.0, 0));
    }
    return __koito_exp_ld(__koito_ld_split(x));
}
