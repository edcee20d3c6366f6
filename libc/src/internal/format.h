/*
 * The printf formatting engine (libc, internal header of stdio).
 *
 * __koito_format() turns a format and its arguments into bytes and hands them
 * to a sink; vsnprintf and vfprintf differ only in their sink. The engine
 * depends on no other libc function and no OS service, so the host unit tests
 * build exactly these files against the host's C library.
 */
#ifndef KOITO_LIBC_INTERNAL_FORMAT_H
#define KOITO_LIBC_INTERNAL_FORMAT_H

#include "libc.h"
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Where formatted bytes go. Embed it as the first member of a larger struct
 * to give the write function its own state. */
struct __koito_sink {
    void (*write)(struct __koito_sink *sink, const char *data, size_t length);
};

/* Flags of a conversion specification. */
#define __KOITO_FORMAT_LEFT  0x01u /* '-' */
#define __KOITO_FORMAT_PLUS  0x02u /* '+' */
#define __KOITO_FORMAT_SPACE 0x04u /* ' ' */
#define __KOITO_FORMAT_ZERO  0x08u /* '0' */
#define __KOITO_FORMAT_ALT   0x10u /* '#' */
#define __KOITO_FORMAT_UPPER 0x20u /* conversion was an upper-case letter */

/* One parsed conversion specification. */
struct __koito_format_spec {
    unsigned flags;
    size_t width;  /* minimum field width, 0 if none */
    int precision; /* -1 if none */
};

/* Writes the output of `format` to `sink`. Returns the number of bytes
 * produced, or -1 with errno set: EINVAL for a conversion it does not know
 * (including %n, which it refuses), EOVERFLOW if the count exceeds INT_MAX. */
__KOITO_HIDDEN int __koito_format(struct __koito_sink *sink, const char *format, va_list arguments);

/* Writes one field: `prefix` (sign or 0x), `zeros` '0' bytes, `body`, then
 * `trailing_zeros` '0' bytes, padded with spaces to the spec's width (left or
 * right as its flags say). Returns the number of bytes written. */
__KOITO_HIDDEN size_t __koito_format_field(struct __koito_sink *sink,
                                           const struct __koito_format_spec *spec,
                                           const char *prefix, size_t prefix_length, size_t zeros,
                                           const char *body, size_t body_length,
                                           size_t trailing_zeros);

/* %lc and %ls: wide characters in the locale's multibyte encoding, the width
 * and precision in bytes. Return the number of bytes written, or (size_t)-1
 * when a character cannot be encoded (the caller fails with EILSEQ). */
__KOITO_HIDDEN size_t __koito_format_wide_char(struct __koito_sink *sink,
                                               const struct __koito_format_spec *spec,
                                               unsigned int character);
__KOITO_HIDDEN size_t __koito_format_wide_string(struct __koito_sink *sink,
                                                 const struct __koito_format_spec *spec,
                                                 const __WCHAR_TYPE__ *string);

/* A finite or special floating-point value taken apart for printing:
 * (-1)^negative * mantissa * 2^exponent when finite. For %a, the value is
 * also given as the hexadecimal digits glibc prints: `lead` (0..15) then
 * `fraction` holding `fraction_digits` hex digits, times 2^hex_exponent. */
struct __koito_float_parts {
    enum { __KOITO_PARTS_FINITE, __KOITO_PARTS_INFINITE, __KOITO_PARTS_NAN } kind;
    int negative;
    uint64_t mantissa;
    int exponent;
    unsigned lead;
    uint64_t fraction;
    int fraction_digits;
    int hex_exponent;
};

/* %f %F %e %E %g %G %a %A of a double or (with the L modifier) a long
 * double: the exact binary value, rounded once in the current rounding
 * mode (rounding.h) to what the conversion shows, as glibc prints it. `conversion` is the
 * lower-case letter; the spec's UPPER flag selects upper case. Returns the
 * number of bytes written. */
__KOITO_HIDDEN size_t __koito_format_double(struct __koito_sink *sink,
                                            const struct __koito_format_spec *spec, char conversion,
                                            double value);
__KOITO_HIDDEN size_t __koito_format_long_double(struct __koito_sink *sink,
                                                 const struct __koito_format_spec *spec,
                                                 char conversion, long double value);

/* Writes a floating-point field: `prefix` (sign, 0x), `zeros` '0' bytes,
 * `body`, `trailing_zeros` '0' bytes, then `suffix` (an exponent), padded
 * with spaces to the spec's width. Returns the number of bytes written. */
__KOITO_HIDDEN size_t __koito_format_float_field(struct __koito_sink *sink,
                                                 const struct __koito_format_spec *spec,
                                                 const char *prefix, size_t prefix_length,
                                                 const char *body, size_t body_length,
                                                 size_t trailing_zeros, const char *suffix,
                                                 size_t suffix_length);

/* The conversions on a taken-apart value; `buffer` holds the digits and
 * must be as long as the type's longest exact expansion (see
 * __koito_format_double.c). */
__KOITO_HIDDEN size_t __koito_format_decimal(struct __koito_sink *sink,
                                             const struct __koito_format_spec *spec,
                                             char conversion,
                                             const struct __koito_float_parts *value, char *buffer);
__KOITO_HIDDEN size_t __koito_format_hex(struct __koito_sink *sink,
                                         const struct __koito_format_spec *spec,
                                         const struct __koito_float_parts *value);

#endif
