/*
 * strtod (libc, stdlib; OS-independent): decimal and hexadecimal conversion
 * correctly rounded in the current rounding mode (see
 * __koito_strtofloat.c); ERANGE on overflow (+-HUGE_VAL, or +-DBL_MAX where
 * the mode rounds toward zero) and on an inexact result that is tiny.
 */
#include "strtofloat.h"

double strtod(const char *restrict s, char **restrict end)
{
    struct __koito_float_result r;
    __koito_strtofloat_string(s, end, &__koito_float_format_double, &r);
    return __koito_float_result_double(&r);
}
