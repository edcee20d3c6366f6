/* wcstol(): parse a long integer (libc, wchar). */
#include "strtox.h"
#include <limits.h>
#include <wchar.h>

long wcstol(const wchar_t *restrict string, wchar_t **restrict end, int base)
{
    struct __koito_strtox parse = __koito_strtox(string, sizeof(*string), base);
    if (end != NULL) {
        *end = (wchar_t *)(string + parse.used);
    }
    return (long)__koito_strtox_signed(parse, LONG_MAX);
}
