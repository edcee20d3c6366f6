/*
 * The printf formatting engine (libc, stdio core; OS-independent).
 *
 * Parses each conversion specification (flags, width, precision, length,
 * conversion), fetches its argument and writes the field to a sink. Supports
 * the flags - + space 0 #, widths and precisions given as digits or *, the
 * lengths hh h l ll z j t L, and the conversions d i u o x X c s p n % f F e
 * E g G a A; %lc and %ls write wide characters in the multibyte encoding
 * (__koito_format_wide.c).
 * Floating-point output lives in __koito_format_double.c and the files it
 * calls (decimal, hex, float_field).
 */
#include "format.h"
#include <errno.h>
#include <limits.h>
#include <stdint.h>

static size_t emit_repeat(struct __koito_sink *sink, char byte, size_t count)
{
    char chunk[32];
    for (size_t i = 0; i < sizeof chunk; i++) {
        chunk[i] = byte;
    }
    for (size_t left = count; left > 0;) {
        size_t n = left < sizeof chunk ? left : sizeof chunk;
        sink->write(sink, chunk, n);
        left -= n;
    }
    return count;
}

size_t __koito_format_field(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                            const char *prefix, size_t prefix_length, size_t zeros,
                            const char *body, size_t body_length, size_t trailing_zeros)
{
    size_t length = prefix_length + zeros + body_length + trailing_zeros;
    size_t padding = spec->width > length ? spec->width - length : 0;
    int left = (spec->flags & __KOITO_FORMAT_LEFT) != 0;

    if (!left) {
        emit_repeat(sink, ' ', padding);
    }
    if (prefix_length > 0) {
        sink->write(sink, prefix, prefix_length);
    }
    emit_repeat(sink, '0', zeros);
    if (body_length > 0) {
        sink->write(sink, body, body_length);
    }
    emit_repeat(sink, '0', trailing_zeros);
    if (left) {
        emit_repeat(sink, ' ', padding);
    }
    return length + padding;
}

/* An integer conversion: `magnitude` with a sign if `negative`, in `base`. */
static size_t emit_integer(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                           uintmax_t magnitude, int negative, int is_signed, unsigned base)
{
    const char *digit_set =
        spec->flags & __KOITO_FORMAT_UPPER ? "0123456789ABCDEF" : "0123456789abcdef";
    char digits[sizeof(uintmax_t) * CHAR_BIT / 3 + 1];
    char *end = digits + sizeof digits;
    char *first = end;
    char prefix[2];
    size_t prefix_length = 0;
    size_t zeros = 0;

    /* C: a zero value with precision 0 produces no digits. */
    if (magnitude != 0 || spec->precision != 0) {
        uintmax_t rest = magnitude;
        do {
            *--first = digit_set[rest % base];
            rest /= base;
        } while (rest != 0);
    }
    size_t length = (size_t)(end - first);

    if (negative) {
        prefix[prefix_length++] = '-';
    } else if (is_signed && (spec->flags & __KOITO_FORMAT_PLUS)) {
        prefix[prefix_length++] = '+';
    } else if (is_signed && (spec->flags & __KOITO_FORMAT_SPACE)) {
        prefix[prefix_length++] = ' ';
    }
    if ((spec->flags & __KOITO_FORMAT_ALT) && base == 16 && magnitude != 0) {
        prefix[prefix_length++] = '0';
        prefix[prefix_length++] = spec->flags & __KOITO_FORMAT_UPPER ? 'X' : 'x';
    }

    if (spec->precision >= 0 && (size_t)spec->precision > length) {
        zeros = (size_t)spec->precision - length;
    }
    /* '#' with o: raise the precision just enough that the first digit is 0. */
    if ((spec->flags & __KOITO_FORMAT_ALT) && base == 8 && zeros == 0 &&
        (length == 0 || *first != '0')) {
        zeros = 1;
    }
    /* '0' pads with zeros only when no precision is given and '-' is absent. */
    if (spec->precision < 0 && (spec->flags & __KOITO_FORMAT_ZERO) &&
        !(spec->flags & __KOITO_FORMAT_LEFT) && spec->width > prefix_length + zeros + length) {
        zeros = spec->width - prefix_length - length;
    }
    return __koito_format_field(sink, spec, prefix, prefix_length, zeros, first, length, 0);
}

static size_t emit_string(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                          const char *string)
{
    if (string == NULL) {
        string = "(null)";
    }
    /* With a precision the string need not be NUL-terminated: read no further. */
    size_t length = 0;
    while ((spec->precision < 0 || length < (size_t)spec->precision) && string[length] != '\0') {
        length++;
    }
    return __koito_format_field(sink, spec, NULL, 0, 0, string, length, 0);
}

static size_t emit_pointer(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                           const void *pointer)
{
    struct __koito_format_spec hex = *spec;
    uintmax_t value = (uintmax_t)(uintptr_t)pointer;

    hex.flags = (spec->flags & (__KOITO_FORMAT_LEFT | __KOITO_FORMAT_ZERO)) | __KOITO_FORMAT_ALT;
    if (value == 0) {
        /* "0x0" rather than a bare "0", so a null pointer still reads as a pointer. */
        return __koito_format_field(sink, &hex, "0x", 2, 0, "0", 1, 0);
    }
    return emit_integer(sink, &hex, value, 0, 0, 16);
}

enum length {
    LENGTH_DEFAULT,
    LENGTH_HH,
    LENGTH_H,
    LENGTH_L,
    LENGTH_LL,
    LENGTH_Z,
    LENGTH_J,
    LENGTH_T,
    LENGTH_BIG_L, /* L: long double */
};

/* Parses digits into *value; returns 0, or -1 if the number exceeds INT_MAX. */
static int parse_number(const char **cursor, int *value)
{
    int result = 0;
    while (**cursor >= '0' && **cursor <= '9') {
        int digit = **cursor - '0';
        if (result > (INT_MAX - digit) / 10) {
            return -1;
        }
        result = result * 10 + digit;
        (*cursor)++;
    }
    *value = result;
    return 0;
}

static unsigned parse_flags(const char **cursor)
{
    unsigned flags = 0;
    for (;; (*cursor)++) {
        switch (**cursor) {
        case '-':
            flags |= __KOITO_FORMAT_LEFT;
            break;
        case '+':
            flags |= __KOITO_FORMAT_PLUS;
            break;
        case ' ':
            flags |= __KOITO_FORMAT_SPACE;
            break;
        case '0':
            flags |= __KOITO_FORMAT_ZERO;
            break;
        case '#':
            flags |= __KOITO_FORMAT_ALT;
            break;
        default:
            return flags;
        }
    }
}

static enum length parse_length(const char **cursor)
{
    const char *c = *cursor;
    enum length length = LENGTH_DEFAULT;

    switch (*c) {
    case 'h':
        length = c[1] == 'h' ? LENGTH_HH : LENGTH_H;
        break;
    case 'l':
        length = c[1] == 'l' ? LENGTH_LL : LENGTH_L;
        break;
    case 'z':
        length = LENGTH_Z;
        break;
    case 'j':
        length = LENGTH_J;
        break;
    case 't':
        length = LENGTH_T;
        break;
    case 'L':
        length = LENGTH_BIG_L;
        break;
    default:
        return LENGTH_DEFAULT;
    }
    *cursor += length == LENGTH_HH || length == LENGTH_LL ? 2 : 1;
    return length;
}

/* %n: stores the count of characters so far (those a bounded snprintf left out
 * included) through the argument, a pointer to the type its length names;
 * returns 0, or EINVAL for L, which %n does not take. */
static int store_count(va_list *ap, enum length length, size_t count)
{
    switch (length) {
    case LENGTH_HH:
        *va_arg(*ap, signed char *) = (signed char)count;
        return 0;
    case LENGTH_H:
        *va_arg(*ap, short *) = (short)count;
        return 0;
    case LENGTH_L:
        *va_arg(*ap, long *) = (long)count;
        return 0;
    case LENGTH_LL:
        *va_arg(*ap, long long *) = (long long)count;
        return 0;
    case LENGTH_J:
        *va_arg(*ap, intmax_t *) = (intmax_t)count;
        return 0;
    case LENGTH_Z:
        *va_arg(*ap, size_t *) = count;
        return 0;
    case LENGTH_T:
        *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)count;
        return 0;
    case LENGTH_DEFAULT:
        *va_arg(*ap, int *) = (int)count;
        return 0;
    default:
        return EINVAL;
    }
}

int __koito_format(struct __koito_sink *sink, const char *format, va_list arguments)
{
    va_list ap;
    size_t total = 0;
    int failed = 0;
    const char *cursor = format;

    /* A copy, so that the va_arg calls below work however va_list is passed. */
    va_copy(ap, arguments);
    while (!failed && *cursor != '\0') {
        const char *literal = cursor;
        while (*cursor != '\0' && *cursor != '%') {
            cursor++;
        }
        if (cursor > literal) {
            sink->write(sink, literal, (size_t)(cursor - literal));
            total += (size_t)(cursor - literal);
            continue;
        }
        cursor++;

        struct __koito_format_spec spec = {parse_flags(&cursor), 0, -1};
        int number;
        if (*cursor == '*') {
            number = va_arg(ap, int);
            cursor++;
            if (number < 0) {
                /* A negative width from * means '-' and its magnitude. */
                spec.flags |= __KOITO_FORMAT_LEFT;
                spec.width = -(size_t)number; /* unsigned negation: INT_MIN is fine */
            } else {
                spec.width = (size_t)number;
            }
        } else if (parse_number(&cursor, &number) == 0) {
            spec.width = (size_t)number;
        } else {
            failed = EOVERFLOW;
            break;
        }
        if (*cursor == '.') {
            cursor++;
            if (*cursor == '*') {
                number = va_arg(ap, int);
                cursor++;
                spec.precision = number < 0 ? -1 : number; /* negative: as if omitted */
            } else if (parse_number(&cursor, &spec.precision) != 0) {
                failed = EOVERFLOW;
                break;
            }
        }
        enum length length = parse_length(&cursor);
        char conversion = *cursor++;
        if (conversion >= 'A' && conversion <= 'Z') {
            spec.flags |= __KOITO_FORMAT_UPPER;
        }

        switch (conversion) {
        case 'd':
        case 'i': {
            intmax_t value;
            switch (length) {
            case LENGTH_HH:
                value = (signed char)va_arg(ap, int);
                break;
            case LENGTH_H:
                value = (short)va_arg(ap, int);
                break;
            case LENGTH_L:
                value = va_arg(ap, long);
                break;
            case LENGTH_LL:
                value = va_arg(ap, long long);
                break;
            case LENGTH_J:
                value = va_arg(ap, intmax_t);
                break;
            case LENGTH_Z: /* the signed type of size_t's width */
            case LENGTH_T:
                value = va_arg(ap, ptrdiff_t);
                break;
            default:
                value = va_arg(ap, int);
                break;
            }
            /* Negate in unsigned arithmetic so INTMAX_MIN does not overflow. */
            uintmax_t magnitude = value < 0 ? -(uintmax_t)value : (uintmax_t)value;
            total += emit_integer(sink, &spec, magnitude, value < 0, 1, 10);
            break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            uintmax_t value;
            switch (length) {
            case LENGTH_HH:
                value = (unsigned char)va_arg(ap, unsigned);
                break;
            case LENGTH_H:
                value = (unsigned short)va_arg(ap, unsigned);
                break;
            case LENGTH_L:
                value = va_arg(ap, unsigned long);
                break;
            case LENGTH_LL:
                value = va_arg(ap, unsigned long long);
                break;
            case LENGTH_J:
                value = va_arg(ap, uintmax_t);
                break;
            case LENGTH_Z:
                value = va_arg(ap, size_t);
                break;
            case LENGTH_T: /* the unsigned type of ptrdiff_t's width */
                value = (size_t)va_arg(ap, ptrdiff_t);
                break;
            default:
                value = va_arg(ap, unsigned);
                break;
            }
            unsigned base = conversion == 'u' ? 10 : conversion == 'o' ? 8 : 16;
            total += emit_integer(sink, &spec, value, 0, 0, base);
            break;
        }
        case 'c': {
            if (length == LENGTH_L) {
                size_t written = __koito_format_wide_char(sink, &spec, va_arg(ap, unsigned int));
                failed = written == (size_t)-1 ? EILSEQ : 0;
                total += failed ? 0 : written;
                break;
            }
            char byte = (char)(unsigned char)va_arg(ap, int);
            if (length != LENGTH_DEFAULT) {
                failed = EINVAL;
                break;
            }
            total += __koito_format_field(sink, &spec, NULL, 0, 0, &byte, 1, 0);
            break;
        }
        case 's':
            if (length == LENGTH_L) {
                size_t written =
                    __koito_format_wide_string(sink, &spec, va_arg(ap, const __WCHAR_TYPE__ *));
                failed = written == (size_t)-1 ? EILSEQ : 0;
                total += failed ? 0 : written;
                break;
            }
            if (length != LENGTH_DEFAULT) {
                failed = EINVAL;
                break;
            }
            total += emit_string(sink, &spec, va_arg(ap, const char *));
            break;
        case 'p':
            total += emit_pointer(sink, &spec, va_arg(ap, const void *));
            break;
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
        case 'a':
        case 'A':
            if (length == LENGTH_BIG_L) {
                total += __koito_format_long_double(sink, &spec, (char)(conversion | 0x20),
                                                    va_arg(ap, long double));
            } else if (length == LENGTH_DEFAULT || length == LENGTH_L) {
                total += __koito_format_double(sink, &spec, (char)(conversion | 0x20),
                                               va_arg(ap, double));
            } else {
                failed = EINVAL;
            }
            break;
        case 'n':
            failed = store_count(&ap, length, total);
            break;
        case '%':
            sink->write(sink, "%", 1);
            total++;
            break;
        default:
            /* Unknown conversions and a format ending in the middle of a
             * specification. */
            failed = EINVAL;
            break;
        }
    }
    va_end(ap);

    if (!failed && total > INT_MAX) {
        failed = EOVERFLOW;
    }
    if (failed) {
        errno = failed;
        return -1;
    }
    return (int)total;
}
