/* wcstoull(): parse an unsigned long long integer (libc, wchar). */
#include "strtox.h"
#include <limits.h>
#include <wchar.h>

unsigned long long wcstoull(const wchar_t *restrict string, wchar_t **restrict end, int base)
{
    struct __koito_strtox parse = __koito_strtox(string, sizeof(*string), base);
    if (end != NULL) {
        *end = (wchar_t *)(string + parse.used);
    }
    return (unsigned long long)__koito_strtox_unsigned(parse, ULLONG_MAX);
}
