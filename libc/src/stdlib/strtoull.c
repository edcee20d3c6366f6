/* strtoull(): parse an unsigned long long integer (libc, stdlib). */
#include "strtox.h"
#include <limits.h>
#include <stdlib.h>

unsigned long long strtoull(const char *restrict string, char **restrict end, int base)
{
    struct __koito_strtox parse = __koito_strtox(string, sizeof(*string), base);
    if (end != NULL) {
        *end = (char *)(string + parse.used);
    }
    return (unsigned long long)__koito_strtox_unsigned(parse, ULLONG_MAX);
}
