/*
 * The scanf engine (libc, stdio core; OS-independent; see scan.h).
 *
 * Implements C17 7.21.6.2: white space in the format skips white space in
 * the input, other characters must match, and each conversion
 * specification is %[*][width][length]conversion with the lengths hh h l ll
 * j z t L and the conversions d i o u x X a A e E f F g G c s [ p n %.
 * Integers follow strtol (signed) and strtoul (unsigned) as glibc does:
 * out-of-range values saturate at 64 bits, then the value is truncated to
 * the target type. Floating-point input is the shared correctly rounded
 * parser (__koito_strtofloat.c). Conversions are greedy with one character
 * of look-ahead. Where C17 leaves room, glibc's choices are followed (the
 * host tests compare with glibc): a floating-point field succeeds if it
 * starts with a number, even when it read further ("1e+" gives 1, the
 * "e+" consumed); %c succeeds with fewer characters than its width at the
 * end of input; and the result is EOF when the input ends before the first
 * assignment (not only before the first conversion).
 * %lc, %ls and %l[ convert multibyte characters with mbrtowc (the locale's
 * encoding); their widths count characters, as glibc's do.
 */
#include "scan.h"
#include "strtofloat.h"
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

enum length { NONE, HH, H, L, LL, J, Z, T, BIG_L };

#define NO_WIDTH 0x7fffffffL /* no field width: as good as unlimited */

/* The reader with a count of characters consumed (for %n). */
struct input {
    struct __koito_reader *reader;
    long count;
};

static int get(struct input *in)
{
    int c = in->reader->get(in->reader);
    if (c >= 0) {
        in->count++;
    }
    return c;
}

static void unget(struct input *in, int c)
{
    if (c >= 0) {
        in->reader->unget(in->reader, c);
        in->count--;
    }
}

static int is_space(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Skips white space; returns 0, or -1 if the input ended. */
static int skip_space(struct input *in)
{
    int c;
    while ((c = get(in)) >= 0 && is_space(c)) {
    }
    if (c < 0) {
        return -1;
    }
    unget(in, c);
    return 0;
}

static int digit_value(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

/* Reads an integer in `base` (0: by prefix) of at most `width` characters.
 * Returns 1 and the value (as strtol/strtoul would give it, wrapped to 64
 * bits) on success, 0 on a matching failure, -1 if the input ended first. */
static int scan_integer(struct input *in, int base, long width, int is_signed, uint64_t *value)
{
    int c = get(in);
    if (c < 0) {
        return -1;
    }
    long used = 0;
    int negative = 0;
    if ((c == '+' || c == '-') && used < width) {
        negative = c == '-';
        used++;
        c = used < width ? get(in) : -1;
    }
    int digits = 0;
    if (c == '0' && used < width && (base == 0 || base == 16)) {
        digits = 1; /* the 0 counts, even if "0x" has no digit after it */
        used++;
        c = used < width ? get(in) : -1;
        if ((c == 'x' || c == 'X') && used < width) {
            base = 16;
            used++;
            c = used < width ? get(in) : -1;
        } else if (base == 0) {
            base = 8;
        }
    }
    if (base == 0) {
        base = 10;
    }
    uint64_t magnitude = 0;
    int overflow = 0;
    while (c >= 0 && used < width && digit_value(c) < base) {
        uint64_t d = (uint64_t)digit_value(c);
        if (magnitude > (UINT64_MAX - d) / (uint64_t)base) {
            overflow = 1;
        }
        magnitude = magnitude * (uint64_t)base + d;
        digits++;
        used++;
        c = used < width ? get(in) : -1;
    }
    unget(in, c);
    if (digits == 0) {
        return 0;
    }
    if (is_signed) {
        if (overflow || magnitude > (uint64_t)INT64_MAX + negative) {
            *value = negative ? (uint64_t)INT64_MIN : (uint64_t)INT64_MAX;
        } else {
            *value = negative ? -magnitude : magnitude;
        }
    } else {
        *value = overflow ? UINT64_MAX : negative ? -magnitude : magnitude;
    }
    return 1;
}

static void store_integer(va_list *ap, enum length length, uint64_t value)
{
    switch (length) {
    case HH:
        *va_arg(*ap, signed char *) = (signed char)value;
        break;
    case H:
        *va_arg(*ap, short *) = (short)value;
        break;
    case L:
        *va_arg(*ap, long *) = (long)value;
        break;
    case LL:
    case BIG_L: /* glibc takes %Ld as long long */
        *va_arg(*ap, long long *) = (long long)value;
        break;
    case J:
        *va_arg(*ap, intmax_t *) = (intmax_t)value;
        break;
    case Z:
        *va_arg(*ap, size_t *) = (size_t)value;
        break;
    case T:
        *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)value;
        break;
    default:
        *va_arg(*ap, int *) = (int)value;
        break;
    }
}

/* The float parser's character source over the input, with a width. */
struct float_source {
    struct __koito_char_source base;
    struct input *in;
    int pending; /* a character read but not yet consumed, or -2 */
};

static int float_peek(struct __koito_char_source *source)
{
    struct float_source *s = (struct float_source *)source;
    if (s->pending == -2) {
        s->pending = get(s->in);
    }
    return s->pending;
}

static void float_advance(struct __koito_char_source *source)
{
    ((struct float_source *)source)->pending = -2;
}

/* Returns 1 and stores the value (unless suppressed), 0 on a matching
 * failure, -1 if the input ended first. */
static int scan_float(struct input *in, long width, enum length length, int suppress, va_list *ap)
{
    static const struct __koito_float_format formats[3] = {
        {24, -126, 127}, {53, -1022, 1023}, {64, -16382, 16383}};
    int which = length == L ? 1 : length == BIG_L ? 2 : 0;
    struct float_source source = {{float_peek, float_advance, width, 1}, in, -2};
    struct __koito_float_result r;
    long start = in->count;
    long valid = __koito_strtofloat(&source.base, &formats[which], &r);
    if (source.pending >= 0) {
        unget(in, source.pending);
    }
    long consumed = in->count - start;
    if (consumed == 0 && source.pending == -1) {
        return -1;
    }
    if (valid == 0) {
        return 0;
    }
    if (suppress) {
        return 1;
    }
    long double magnitude;
    if (r.kind == __KOITO_FLOAT_NAN) {
        magnitude = __builtin_nanl("");
    } else if (r.kind == __KOITO_FLOAT_INFINITE) {
        magnitude = __builtin_infl();
    } else {
        /* mantissa * 2^exponent is exact in long double for all three
         * formats (their ranges are within its range). */
        magnitude = (long double)r.mantissa;
        int e = r.exponent;
        for (; e > 0; e--) {
            magnitude *= 2;
        }
        for (; e < 0; e++) {
            magnitude *= 0.5L;
        }
    }
    long double v = r.negative ? -magnitude : magnitude;
    if (which == 0) {
        *va_arg(*ap, float *) = (float)v;
    } else if (which == 1) {
        *va_arg(*ap, double *) = (double)v;
    } else {
        *va_arg(*ap, long double *) = v;
    }
    return 1;
}

/* Parses a scanset after "%[" into set (256 flags); returns the format
 * position after the closing ']', or NULL if there is none. */
static const char *parse_scanset(const char *p, unsigned char set[256])
{
    int invert = 0;
    if (*p == '^') {
        invert = 1;
        p++;
    }
    for (int i = 0; i < 256; i++) {
        set[i] = 0;
    }
    if (*p == ']') {
        set[']'] = 1;
        p++;
    }
    for (; *p != ']'; p++) {
        if (*p == '\0') {
            return NULL;
        }
        unsigned char from = (unsigned char)*p;
        if (p[1] == '-' && p[2] != ']' && p[2] != '\0' && (unsigned char)p[2] >= from) {
            for (int c = from; c <= (unsigned char)p[2]; c++) {
                set[c] = 1;
            }
            p += 2;
        } else {
            set[from] = 1;
        }
    }
    if (invert) {
        for (int i = 0; i < 256; i++) {
            set[i] = !set[i];
        }
    }
    return p + 1;
}

/* %c, %s and %[: characters into a char or wchar_t array. With l each
 * multibyte character is converted (mbrtowc) and stored as one wchar_t, and
 * the width counts those characters, as glibc does. Returns 1, 0 on a matching failure (no
 * character, or a byte sequence the locale does not encode), -1 if the input ended first. */
static int scan_characters(struct input *in, char conversion, const unsigned char *set, long width,
                           int wide, int suppress, va_list *ap)
{
    char *out = NULL;
    wchar_t *wide_out = NULL;
    if (!suppress) {
        if (wide) {
            wide_out = va_arg(*ap, wchar_t *);
        } else {
            out = va_arg(*ap, char *);
        }
    }
    mbstate_t state = {0};
    long n = 0;      /* bytes taken */
    long stored = 0; /* characters stored (wide: complete characters) */
    int c = -1;
    while ((wide ? stored : n) < width && (c = get(in)) >= 0) {
        int accept = conversion == 'c' ? 1 : conversion == 's' ? !is_space(c) : set[c];
        if (!accept) {
            unget(in, c);
            break;
        }
        n++;
        if (!wide) {
            if (out != NULL) {
                out[stored] = (char)c;
            }
            stored++;
            continue;
        }
        char byte = (char)c;
        wchar_t character;
        size_t result = mbrtowc(&character, &byte, 1, &state);
        if (result == (size_t)-1) {
            return 0;
        }
        if (result != (size_t)-2) {
            if (wide_out != NULL) {
                wide_out[stored] = character;
            }
            stored++;
        }
    }
    if (n == 0) {
        return c < 0 ? -1 : 0;
    }
    if (wide && !mbsinit(&state)) {
        return 0; /* the field ended inside a character */
    }
    if (conversion != 'c') {
        if (out != NULL) {
            out[stored] = '\0';
        } else if (wide_out != NULL) {
            wide_out[stored] = 0;
        }
    }
    return 1;
}

static enum length parse_length(const char **p)
{
    switch (**p) {
    case 'h':
        if ((*p)[1] == 'h') {
            *p += 2;
            return HH;
        }
        ++*p;
        return H;
    case 'l':
        if ((*p)[1] == 'l') {
            *p += 2;
            return LL;
        }
        ++*p;
        return L;
    case 'j':
        ++*p;
        return J;
    case 'z':
        ++*p;
        return Z;
    case 't':
        ++*p;
        return T;
    case 'L':
        ++*p;
        return BIG_L;
    default:
        return NONE;
    }
}

int __koito_scan(struct __koito_reader *reader, const char *format, va_list arguments)
{
    struct input in = {reader, 0};
    va_list ap;
    va_copy(ap, arguments);
    int assigned = 0;
    int result = 0; /* 0: go on; -1: input failure; 1: matching failure */
    const unsigned char *p = (const unsigned char *)format;

    while (*p != '\0' && result == 0) {
        if (is_space(*p)) {
            while (is_space(*p)) {
                p++;
            }
            skip_space(&in);
            continue;
        }
        if (*p != '%' || p[1] == '%') {
            if (*p == '%') {
                p++;
                if (skip_space(&in) < 0) {
                    result = -1;
                    break;
                }
            }
            int c = get(&in);
            if (c < 0) {
                result = -1;
            } else if (c != *p) {
                unget(&in, c);
                result = 1;
            }
            p++;
            continue;
        }
        p++;
        int suppress = 0;
        if (*p == '*') {
            suppress = 1;
            p++;
        }
        long width = 0;
        while (*p >= '0' && *p <= '9') {
            if (width < 100000000) {
                width = width * 10 + (*p - '0');
            }
            p++;
        }
        const char *cursor = (const char *)p;
        enum length length = parse_length(&cursor);
        p = (const unsigned char *)cursor;
        char conversion = (char)*p;
        if (conversion == '\0') {
            result = 1; /* the format ends inside a specification */
            break;
        }
        p++;
        unsigned char set[256];
        int status;
        uint64_t value = 0;

        if (conversion != '[' && conversion != 'c' && conversion != 'n') {
            if (skip_space(&in) < 0) {
                result = -1;
                break;
            }
        }
        switch (conversion) {
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
        case 'p': {
            int base = conversion == 'd' || conversion == 'u' ? 10
                       : conversion == 'i'                    ? 0
                       : conversion == 'o'                    ? 8
                                                              : 16;
            status = scan_integer(&in, base, width > 0 ? width : NO_WIDTH,
                                  conversion == 'd' || conversion == 'i', &value);
            if (status == 1 && !suppress) {
                if (conversion == 'p') {
                    *va_arg(ap, void **) = (void *)(uintptr_t)value;
                } else {
                    store_integer(&ap, length, value);
                }
            }
            break;
        }
        case 'a':
        case 'A':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            status = scan_float(&in, width > 0 ? width : -1, length, suppress, &ap);
            break;
        case 'c':
            status =
                scan_characters(&in, 'c', NULL, width > 0 ? width : 1, length == L, suppress, &ap);
            break;
        case 's':
            status = scan_characters(&in, 's', NULL, width > 0 ? width : NO_WIDTH, length == L,
                                     suppress, &ap);
            break;
        case '[': {
            const char *after = parse_scanset((const char *)p, set);
            if (after == NULL) {
                status = 0; /* no closing ']': the directive is invalid */
                break;
            }
            p = (const unsigned char *)after;
            status = scan_characters(&in, '[', set, width > 0 ? width : NO_WIDTH, length == L,
                                     suppress, &ap);
            break;
        }
        case 'n':
            if (!suppress) {
                store_integer(&ap, length, (uint64_t)in.count);
            }
            continue; /* counts as neither an assignment nor a conversion */
        default:
            status = 0; /* an unknown conversion ends the scan */
            break;
        }
        if (status == 1) {
            if (!suppress) {
                assigned++;
            }
        } else {
            result = status < 0 ? -1 : 1;
        }
    }
    va_end(ap);
    if (result < 0 && assigned == 0) {
        return -1;
    }
    return assigned;
}
