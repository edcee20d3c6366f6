/*
 * %lc and %ls of the printf engine (libc, stdio core).
 *
 * Wide characters are written in the current locale's multibyte encoding
 * (wcrtomb). The width and precision count bytes, as C specifies for the
 * byte-oriented printf family, and a precision never cuts a character in
 * two: a character whose encoding would not fit is left out whole. A wide
 * character the locale cannot encode fails the call with EILSEQ.
 */
#include "format.h"
#include <limits.h>
#include <wchar.h>

size_t __koito_format_wide_char(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                                wint_t character)
{
    char bytes[MB_LEN_MAX];
    mbstate_t state = {0};
    size_t length = wcrtomb(bytes, (wchar_t)character, &state);
    if (length == (size_t)-1) {
        return (size_t)-1;
    }
    return __koito_format_field(sink, spec, NULL, 0, 0, bytes, length, 0);
}

/* The number of bytes of `string` the spec's precision lets through, or
 * (size_t)-1 if a character cannot be encoded. */
static size_t encoded_length(const wchar_t *string, int precision)
{
    size_t limit = precision < 0 ? (size_t)-1 : (size_t)precision;
    size_t total = 0;
    mbstate_t state = {0};
    for (; *string != 0; string++) {
        char bytes[MB_LEN_MAX];
        size_t length = wcrtomb(bytes, *string, &state);
        if (length == (size_t)-1) {
            return (size_t)-1;
        }
        if (length > limit - total) {
            break;
        }
        total += length;
    }
    return total;
}

size_t __koito_format_wide_string(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                                  const wchar_t *string)
{
    if (string == NULL) {
        string = L"(null)";
    }
    size_t length = encoded_length(string, spec->precision);
    if (length == (size_t)-1) {
        return (size_t)-1;
    }
    size_t padding = spec->width > length ? spec->width - length : 0;
    int left = (spec->flags & __KOITO_FORMAT_LEFT) != 0;
    static const char spaces[] = "                ";

    for (size_t left_over = left ? 0 : padding; left_over > 0;) {
        size_t n = left_over < sizeof spaces - 1 ? left_over : sizeof spaces - 1;
        sink->write(sink, spaces, n);
        left_over -= n;
    }
    mbstate_t state = {0};
    for (size_t written = 0; written < length; string++) {
        char bytes[MB_LEN_MAX];
        size_t n = wcrtomb(bytes, *string, &state);
        sink->write(sink, bytes, n);
        written += n;
    }
    for (size_t left_over = left ? padding : 0; left_over > 0;) {
        size_t n = left_over < sizeof spaces - 1 ? left_over : sizeof spaces - 1;
        sink->write(sink, spaces, n);
        left_over -= n;
    }
    return length + padding;
}
