/*
 * strtod (libc, stdlib; OS-independent): correctly rounded decimal and
 * hexadecimal conversion (see __koito_strtofloat.c); ERANGE on overflow
 * (+-HUGE_VAL) and on an inexact result below the normal range.
 */
#include "strtofloat.h"

double strtod(const char *restrict s, char **restrict end)
{
    struct __koito_float_result r;
    __koito_strtofloat_string(s, end, &__koito_float_format_double, &r);
    return __koito_float_result_double(&r);
}
