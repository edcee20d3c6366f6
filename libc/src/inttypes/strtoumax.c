/* strtoumax(): parse a uintmax_t integer (libc, inttypes). */
#include "strtox.h"
#include <inttypes.h>
#include <stdint.h>

uintmax_t strtoumax(const char *restrict string, char **restrict end, int base)
{
    struct __koito_strtox parse = __koito_strtox(string, sizeof(*string), base);
    if (end != NULL) {
        *end = (char *)(string + parse.used);
    }
    return (uintmax_t)__koito_strtox_unsigned(parse, UINTMAX_MAX);
}
