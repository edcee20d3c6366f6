/* atoll(): parse a decimal long long (libc, stdlib). Out-of-range input saturates
 * (C leaves it undefined); errno is left as it was. */
#include "strtox.h"
#include <limits.h>
#include <stdlib.h>

long long atoll(const char *string)
{
    struct __koito_strtox parse = __koito_strtox(string, 1, 10);
    unsigned long long limit = (unsigned long long)LLONG_MAX + parse.negative;
    if (parse.magnitude > limit) {
        return parse.negative ? -LLONG_MAX - 1 : LLONG_MAX;
    }
    return parse.negative ? (long long)(0 - parse.magnitude) : (long long)parse.magnitude;
}
