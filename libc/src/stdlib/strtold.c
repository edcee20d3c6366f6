/*
 * strtold (libc, stdlib; OS-independent): as strtod, rounded to the x87
 * format's 64 bits; the value is assembled from its bit fields.
 */
#include "math_impl.h"
#include "strtofloat.h"
#include <errno.h>
#include <stddef.h>

long double strtold(const char *restrict s, char **restrict end)
{
    static const struct __koito_float_format format = {64, -16382, 16383};
    struct __koito_float_result r;
    __koito_strtofloat_string(s, end, &format, &r);
    if (r.range_error) {
        errno = ERANGE;
    }
    long double v;
    if (r.kind == __KOITO_FLOAT_NAN) {
        v = __builtin_nanl("");
    } else if (r.kind == __KOITO_FLOAT_INFINITE) {
        v = __builtin_infl();
    } else if (r.mantissa == 0) {
        v = 0.0L;
    } else {
        int leading = 63 - __builtin_clzll(r.mantissa);
        int e = leading + r.exponent; /* exponent of the leading bit */
        union __koito_ldouble u;
        if (e >= -16382) {
            u.parts.mantissa = r.mantissa << (63 - leading);
            u.parts.sign_exponent = (uint16_t)(e + 16383);
        } else { /* subnormal: the lowest bit has weight 2^-16445 */
            u.parts.mantissa = r.mantissa << (r.exponent + 16445);
            u.parts.sign_exponent = 0;
        }
        v = u.value;
    }
    return r.negative ? -v : v;
}
