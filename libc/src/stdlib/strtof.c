/*
 * strtof (libc, stdlib; OS-independent): as strtod, rounded directly to
 * float's 24 bits (never through double, which could round twice).
 */
#include "strtofloat.h"

float strtof(const char *restrict s, char **restrict end)
{
    struct __koito_float_result r;
    __koito_strtofloat_string(s, end, &__koito_float_format_float, &r);
    return __koito_float_result_float(&r);
}
