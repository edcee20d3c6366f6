/* Narrowing a parsed integer to an unsigned type (libc, stdlib): a minus sign
 * negates modulo 2^N, as C specifies; see strtox.h. */
#include "strtox.h"
#include <errno.h>

unsigned long long __koito_strtox_unsigned(struct __koito_strtox parse, unsigned long long max)
{
    if (parse.bad_base) {
        errno = EINVAL;
        return 0;
    }
    if (parse.overflow || parse.magnitude > max) {
        errno = ERANGE;
        return max;
    }
    return parse.negative ? (0 - parse.magnitude) & max : parse.magnitude;
}
