/*
 * %a and %A of the printf engine (libc, stdio core; OS-independent).
 *
 * Prints the value's hexadecimal digits in glibc's layout (see
 * __koito_format_double.c): without a precision every digit up to the last
 * nonzero one; with a precision, rounded in the current rounding mode
 * (rounding.h), a carry out of a leading f becoming 1 with the exponent
 * raised by 4.
 */
#include "format.h"
#include "rounding.h"

size_t __koito_format_hex(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                          const struct __koito_float_parts *value)
{
    int upper = (spec->flags & __KOITO_FORMAT_UPPER) != 0;
    const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    unsigned lead = value->lead;
    uint64_t fraction = value->fraction;
    int digits = value->fraction_digits;
    int exponent = value->hex_exponent;
    size_t trailing_zeros = 0;

    if (spec->precision < 0) {
        while (digits > 0 && (fraction & 0xf) == 0) {
            fraction >>= 4;
            digits--;
        }
    } else if (spec->precision < digits) {
        int drop = 4 * (digits - spec->precision);
        uint64_t rest = fraction & ((UINT64_C(1) << drop) - 1);
        uint64_t half = UINT64_C(1) << (drop - 1);
        uint64_t kept = fraction >> drop;
        unsigned last = spec->precision == 0 ? lead : (unsigned)kept;
        if (__koito_round_away(__koito_rounding_mode(), value->negative, last & 1, rest >= half,
                               (rest & (half - 1)) != 0)) {
            kept++;
            if (kept >> (4 * spec->precision)) { /* carry into the leading digit */
                kept = 0;
                lead++;
                if (lead == 16) {
                    lead = 1;
                    exponent += 4;
                }
            }
        }
        fraction = kept;
        digits = spec->precision;
    } else {
        trailing_zeros = (size_t)(spec->precision - digits);
    }

    char prefix[3];
    size_t prefix_length = 0;
    if (value->negative) {
        prefix[prefix_length++] = '-';
    } else if (spec->flags & __KOITO_FORMAT_PLUS) {
        prefix[prefix_length++] = '+';
    } else if (spec->flags & __KOITO_FORMAT_SPACE) {
        prefix[prefix_length++] = ' ';
    }
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = upper ? 'X' : 'x';

    char body[20];
    size_t body_length = 0;
    body[body_length++] = hex[lead];
    if (digits > 0 || trailing_zeros > 0 || (spec->flags & __KOITO_FORMAT_ALT)) {
        body[body_length++] = '.';
    }
    for (int i = digits - 1; i >= 0; i--) {
        body[body_length++] = hex[(fraction >> (4 * i)) & 0xf];
    }

    char suffix[8];
    size_t suffix_length = 0;
    suffix[suffix_length++] = upper ? 'P' : 'p';
    suffix[suffix_length++] = exponent < 0 ? '-' : '+';
    unsigned magnitude = (unsigned)(exponent < 0 ? -exponent : exponent);
    char reversed[6];
    int n = 0;
    do {
        reversed[n++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    while (n > 0) {
        suffix[suffix_length++] = reversed[--n];
    }
    return __koito_format_float_field(sink, spec, prefix, prefix_length, body, body_length,
                                      trailing_zeros, suffix, suffix_length);
}
