/* wcstod (libc, wide characters): strtod over a wide string. */
#include "strtofloat.h"
#include <wchar.h>

double wcstod(const wchar_t *restrict s, wchar_t **restrict end)
{
    struct __koito_float_result r;
    __koito_wcstofloat(s, end, &__koito_float_format_double, &r);
    return __koito_float_result_double(&r);
}
