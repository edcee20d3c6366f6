/*
 * strtod (libc, stdlib; OS-independent): correctly rounded decimal and
 * hexadecimal conversion (see __koito_strtofloat.c); ERANGE on overflow
 * (+-HUGE_VAL) and on an inexact result below the normal range.
 */
#include "math_impl.h"
#include "strtofloat.h"
#include <errno.h>
#include <stddef.h>

double strtod(const char *restrict s, char **restrict end)
{
    static const struct __koito_float_format format = {53, -1022, 1023};
    struct __koito_float_result r;
    __koito_strtofloat_string(s, end, &format, &r);
    if (r.range_error) {
        errno = ERANGE;
    }
    double v;
    if (r.kind == __KOITO_FLOAT_NAN) {
        v = __KOITO_NAN;
    } else if (r.kind == __KOITO_FLOAT_INFINITE) {
        v = __KOITO_INF;
    } else {
        v = __koito_scale((double)r.mantissa, r.exponent);
    }
    return r.negative ? -v : v;
}
