/* strtoul(): parse an unsigned long integer (libc, stdlib). */
#include "strtox.h"
#include <limits.h>
#include <stdlib.h>

unsigned long strtoul(const char *restrict string, char **restrict end, int base)
{
    struct __koito_strtox parse = __koito_strtox(string, sizeof(*string), base);
    if (end != NULL) {
        *end = (char *)(string + parse.used);
    }
    return (unsigned long)__koito_strtox_unsigned(parse, ULONG_MAX);
}
