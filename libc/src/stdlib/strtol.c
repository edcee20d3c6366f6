/* strtol(): parse a long integer (libc, stdlib). */
#include "strtox.h"
#include <limits.h>
#include <stdlib.h>

long strtol(const char *restrict string, char **restrict end, int base)
{
    struct __koito_strtox parse = __koito_strtox(string, sizeof(*string), base);
    if (end != NULL) {
        *end = (char *)(string + parse.used);
    }
    return (long)__koito_strtox_signed(parse, LONG_MAX);
}
