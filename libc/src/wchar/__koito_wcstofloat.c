/*
 * The floating-point parser over a wide string (libc, wide characters),
 * shared by wcstod, wcstof and wcstold.
 */
#include "strtofloat.h"
#include <wchar.h>
#include <wctype.h>

struct wide_source {
    struct __koito_char_source base; /* first, so a source pointer converts back */
    const wchar_t *next;
};

/* Number syntax is ASCII: any other character ends the number. */
static int wide_peek(struct __koito_char_source *source)
{
    wchar_t c = *((struct wide_source *)source)->next;
    return c == 0 ? -1 : c < 0x80 ? (int)c : 0x80;
}

static void wide_advance(struct __koito_char_source *source)
{
    ((struct wide_source *)source)->next++;
}

void __koito_wcstofloat(const wchar_t *string, wchar_t **end,
                        const struct __koito_float_format *format,
                        struct __koito_float_result *result)
{
    const wchar_t *s = string;
    while (iswspace((wint_t)*s)) {
        s++;
    }
    struct wide_source source = {{wide_peek, wide_advance, -1, 0}, s};
    long valid = __koito_strtofloat(&source.base, format, result);
    if (valid == 0) { /* no number: the result is +0 */
        result->kind = __KOITO_FLOAT_FINITE;
        result->negative = 0;
        result->mantissa = 0;
        result->exponent = 0;
    }
    if (end != NULL) {
        *end = (wchar_t *)(valid == 0 ? string : s + valid);
    }
}
