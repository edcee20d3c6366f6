/*
 * The field layout of the floating-point conversions (libc, stdio core;
 * OS-independent): like __koito_format_field, plus a suffix after the
 * trailing zeros (the exponent of %e and %a), and the '0' flag's zeros
 * computed here, between the prefix and the digits.
 */
#include "format.h"

static void repeat(struct __koito_sink *sink, char byte, size_t count)
{
    char block[64];
    for (size_t i = 0; i < sizeof block; i++) {
        block[i] = byte;
    }
    while (count > 0) {
        size_t n = count < sizeof block ? count : sizeof block;
        sink->write(sink, block, n);
        count -= n;
    }
}

size_t __koito_format_float_field(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                                  const char *prefix, size_t prefix_length, const char *body,
                                  size_t body_length, size_t trailing_zeros, const char *suffix,
                                  size_t suffix_length)
{
    size_t length = prefix_length + body_length + trailing_zeros + suffix_length;
    size_t padding = spec->width > length ? spec->width - length : 0;
    int left = (spec->flags & __KOITO_FORMAT_LEFT) != 0;
    size_t zeros = 0;
    if ((spec->flags & __KOITO_FORMAT_ZERO) && !left) {
        zeros = padding;
        padding = 0;
    }
    if (!left) {
        repeat(sink, ' ', padding);
    }
    if (prefix_length > 0) {
        sink->write(sink, prefix, prefix_length);
    }
    repeat(sink, '0', zeros);
    if (body_length > 0) {
        sink->write(sink, body, body_length);
    }
    repeat(sink, '0', trailing_zeros);
    if (suffix_length > 0) {
        sink->write(sink, suffix, suffix_length);
    }
    if (left) {
        repeat(sink, ' ', padding);
    }
    return length + zeros + padding;
}
