/* wcstof (libc, wide characters): strtof over a wide string. */
#include "strtofloat.h"
#include <wchar.h>

float wcstof(const wchar_t *restrict s, wchar_t **restrict end)
{
    struct __koito_float_result r;
    __koito_wcstofloat(s, end, &__koito_float_format_float, &r);
    return __koito_float_result_float(&r);
}
