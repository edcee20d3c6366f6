/*
 * strtof (libc, stdlib; OS-independent): as strtod, rounded directly to
 * float's 24 bits (never through double, which could round twice).
 */
#include "math_impl.h"
#include "strtofloat.h"
#include <errno.h>
#include <stddef.h>

float strtof(const char *restrict s, char **restrict end)
{
    static const struct __koito_float_format format = {24, -126, 127};
    struct __koito_float_result r;
    __koito_strtofloat_string(s, end, &format, &r);
    if (r.range_error) {
        errno = ERANGE;
    }
    float v;
    if (r.kind == __KOITO_FLOAT_NAN) {
        v = __builtin_nanf("");
    } else if (r.kind == __KOITO_FLOAT_INFINITE) {
        v = __KOITO_INFF;
    } else {
        /* Exact: every float is a double, and the scaling is exact. */
        v = (float)__koito_scale((double)r.mantissa, r.exponent);
    }
    return r.negative ? -v : v;
}
