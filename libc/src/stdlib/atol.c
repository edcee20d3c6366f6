/* atol(): parse a decimal long (libc, stdlib). Out-of-range input saturates
 * (C leaves it undefined); errno is left as it was. */
#include "strtox.h"
#include <limits.h>
#include <stdlib.h>

long atol(const char *string)
{
    struct __koito_strtox parse = __koito_strtox(string, 1, 10);
    unsigned long long limit = (unsigned long long)LONG_MAX + parse.negative;
    if (parse.magnitude > limit) {
        return parse.negative ? -LONG_MAX - 1 : LONG_MAX;
    }
    return parse.negative ? (long)(0 - parse.magnitude) : (long)parse.magnitude;
}
