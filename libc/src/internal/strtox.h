/*
 * The integer parser behind strtol, strtoul, their long long, intmax and
 * wide-character forms, and atoi (libc, internal header of stdlib).
 *
 * The parser reads the subject sequence C describes (white space, a sign,
 * an optional 0x/0 prefix, digits of the base) and returns its magnitude,
 * saturated at ULLONG_MAX; each public function applies its own type's range
 * and errno.
 */
#ifndef KOITO_LIBC_INTERNAL_STRTOX_H
#define KOITO_LIBC_INTERNAL_STRTOX_H

#include "libc.h"
#include <stddef.h>

struct __koito_strtox {
    unsigned long long magnitude;
    int negative;
    int overflow; /* the magnitude did not fit in unsigned long long */
    size_t used;  /* characters consumed; 0 if there was no number */
    int bad_base; /* base not 0 or 2..36 */
};

/* Parses `string`, an array of `char_size`-byte characters (1 for char,
 * sizeof(wchar_t) for wide strings). */
__KOITO_HIDDEN struct __koito_strtox __koito_strtox(const void *string, size_t char_size, int base);

/* Narrows a parse to a signed type with range [-max - 1, max]; sets errno
 * (ERANGE, EINVAL) as C asks. */
__KOITO_HIDDEN long long __koito_strtox_signed(struct __koito_strtox parse, long long max);
/* Narrows a parse to an unsigned type with maximum `max` (negation wraps). */
__KOITO_HIDDEN unsigned long long __koito_strtox_unsigned(struct __koito_strtox parse,
                                                          unsigned long long max);

#endif
