/* atoi(): parse a decimal int (libc, stdlib). Out-of-range input saturates
 * (C leaves it undefined); errno is left as it was. */
#include "strtox.h"
#include <limits.h>
#include <stdlib.h>

int atoi(const char *string)
{
    struct __koito_strtox parse = __koito_strtox(string, 1, 10);
    unsigned long long limit = (unsigned long long)INT_MAX + parse.negative;
    if (parse.magnitude > limit) {
        return parse.negative ? -INT_MAX - 1 : INT_MAX;
    }
    return parse.negative ? (int)(0 - parse.magnitude) : (int)parse.magnitude;
}
