/*
 * The wide printf and scanf engines (libc, internal header of stdio).
 *
 * __koito_wformat() is the printf engine for wide formats: literal text and
 * the character conversions (%c %s %lc %ls) are handled in wide characters,
 * so widths and precisions count wide characters as C says; numbers, floats
 * and pointers are formatted by the byte engine (__koito_format), whose
 * output is plain ASCII, and widened.
 *
 * The wide scanf functions run the byte scanf engine over the multibyte form
 * of their format and input (__koito_wide_to_multibyte), so they accept what
 * it accepts; the one difference from C is that a field width counts bytes
 * of that form, which differs from a count of wide characters only for
 * characters outside ASCII.
 */
#ifndef KOITO_LIBC_INTERNAL_WFORMAT_H
#define KOITO_LIBC_INTERNAL_WFORMAT_H

#include "libc.h"
#include <stdarg.h>
#include <stddef.h>
#include <wchar.h>

/* Where formatted wide characters go; embed as the first member. */
struct __koito_wsink {
    void (*write)(struct __koito_wsink *sink, const wchar_t *data, size_t length);
};

/* Writes the output of `format` to `sink`. Returns the number of wide
 * characters produced, or -1 with errno set: EINVAL for an unknown
 * conversion (and %n), EILSEQ for a %s argument that is not a valid
 * multibyte string, EOVERFLOW past INT_MAX. */
__KOITO_HIDDEN int __koito_wformat(struct __koito_wsink *sink, const wchar_t *format,
                                   va_list arguments);

/* The multibyte form of a wide string, in memory from malloc (the caller
 * frees it); NULL with errno EILSEQ or ENOMEM. */
__KOITO_HIDDEN char *__koito_wide_to_multibyte(const wchar_t *string);

#endif
