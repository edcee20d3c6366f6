/*
 * strtold (libc, stdlib; OS-independent): as strtod, rounded to the x87
 * format's 64 bits; the value is assembled from its bit fields.
 */
#include "strtofloat.h"

long double strtold(const char *restrict s, char **restrict end)
{
    struct __koito_float_result r;
    __koito_strtofloat_string(s, end, &__koito_float_format_long_double, &r);
    return __koito_float_result_long_double(&r);
}
