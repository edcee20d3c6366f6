/* Narrowing a parsed integer to a signed type (libc, stdlib); see strtox.h. */
#include "strtox.h"
#include <errno.h>

long long __koito_strtox_signed(struct __koito_strtox parse, long long max)
{
    if (parse.bad_base) {
        errno = EINVAL;
        return 0;
    }
    unsigned long long limit = (unsigned long long)max + parse.negative;
    if (parse.overflow || parse.magnitude > limit) {
        errno = ERANGE;
        return parse.negative ? -max - 1 : max;
    }
    /* Negate in unsigned arithmetic so that -(max + 1) does not overflow. */
    return parse.negative ? (long long)(0 - parse.magnitude) : (long long)parse.magnitude;
}
