/* strtoimax(): parse an intmax_t integer (libc, inttypes). */
#include "strtox.h"
#include <inttypes.h>
#include <stdint.h>

intmax_t strtoimax(const char *restrict string, char **restrict end, int base)
{
    struct __koito_strtox parse = __koito_strtox(string, sizeof(*string), base);
    if (end != NULL) {
        *end = (char *)(string + parse.used);
    }
    return (intmax_t)__koito_strtox_signed(parse, INTMAX_MAX);
}
