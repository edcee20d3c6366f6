/* wcstold (libc, wide characters): strtold over a wide string. */
#include "strtofloat.h"
#include <wchar.h>

long double wcstold(const wchar_t *restrict s, wchar_t **restrict end)
{
    struct __koito_float_result r;
    __koito_wcstofloat(s, end, &__koito_float_format_long_double, &r);
    return __koito_float_result_long_double(&r);
}
