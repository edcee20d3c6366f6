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

/* %f and %F: the exact decimal value of `value` rounded half-to-even to the
 * spec's precision (default 6). Returns the number of bytes written. */
__KOITO_HIDDEN size_t __koito_format_double(struct __koito_sink *sink,
                                            const struct __koito_format_spec *spec, double value);

#endif
